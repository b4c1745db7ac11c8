"""The vault-controller container (HVAC, dampers, bay doors) and how it is requisitioned."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class VaultControllerBusy(Exception):
    """The controller answered but did not take the command."""


class VaultControllerBox:
    """The platform's stub for the vault-controller container."""

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    async def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")


def requisition_vault_controller(wing: str) -> VaultControllerBox:
    log.info("requisitioning the vault controller for the %s", wing)
    return VaultControllerBox()


def accepted(reply: Any, command: str) -> Any:
    if not reply.ok:
        raise VaultControllerBusy(f"{command}: controller answered {reply.status}")
    return reply
