"""The vault box, provisioned once per process."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class VaultBox:
    """The platform's container stub for the snapshot vault."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")


_vault: Any = None


def provision_vault_box(region: str) -> VaultBox:
    log.info("vault box in %s", region)
    return VaultBox()


def init_vault(region: str) -> None:
    global _vault
    _vault = provision_vault_box(region)


def vault() -> Any:
    if _vault is None:
        raise LookupError("init_vault() has not run")
    return _vault
