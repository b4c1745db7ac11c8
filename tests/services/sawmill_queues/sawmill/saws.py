"""The bandsaw-control container, and the client that rouses it on first use."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class SawmillBandsawBox:
    """The platform's stub for the bandsaw-control container."""

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    async def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")


def rouse_bandsaw_box(pool: str) -> SawmillBandsawBox:
    log.info("rousing the bandsaw box of pool %s", pool)
    return SawmillBandsawBox()


class BandsawClient:
    def __init__(self, pool: str) -> None:
        self.pool = pool
        self._box: SawmillBandsawBox | None = None

    @property
    def box(self) -> SawmillBandsawBox:
        if self._box is None:
            self._box = rouse_bandsaw_box(self.pool)
        return self._box

    @staticmethod
    def path_for(kind: str, item: str = "") -> str:
        return f"/saw/{kind}/{item}" if item else f"/saw/{kind}"
