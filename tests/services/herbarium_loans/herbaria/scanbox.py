"""The specimen-scanning container, and the memoised clients that reach it."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class HerbariumScanBox:
    """The platform's stub for the scanning container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")


def summon_scan_box(pool: str) -> HerbariumScanBox:
    log.info("summoning the scan box of pool %s", pool)
    return HerbariumScanBox()


class ScanSession:
    """Holds the box of one pool; the box is summoned on first use."""

    __slots__ = ("pool", "_box")

    def __init__(self, pool: str) -> None:
        self.pool = pool
        self._box: HerbariumScanBox | None = None

    @property
    def box(self) -> HerbariumScanBox:
        if self._box is None:
            self._box = summon_scan_box(self.pool)
        return self._box


class ScanClient:
    __slots__ = ("name", "session")

    def __init__(self, name: str, pool: str) -> None:
        self.name = name
        self.session = ScanSession(pool)

    @staticmethod
    def path_for(kind: str, specimen: str = "") -> str:
        return f"/scan/{kind}/{specimen}" if specimen else f"/scan/{kind}"


_clients: dict[str, ScanClient] = {}


def get_scan_client(name: str, pool: str = "scan-a") -> ScanClient:
    client = _clients.get(name)
    if client is None:
        client = _clients[name] = ScanClient(name, pool)
        log.debug("scan client %s on pool %s", name, pool)
    return client
