"""The seismograph vault box: the platform's container that holds the drum recorders."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class VaultReplyError(Exception):
    """The vault box answered with an error status."""


class SeismoVaultBox:
    """The platform's stub for the vault container."""

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    async def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")


def unseal_seismo_vault_box(site: str) -> SeismoVaultBox:
    log.info("unsealing the seismograph vault at %s", site)
    return SeismoVaultBox()
