"""The crucible-control container, and the link the poller holds to it."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class CrucibleBox:
    """The platform's stub for the crucible-control container."""

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    async def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")

    def crucible_serial(self) -> str:
        raise NotImplementedError("bound by the platform")


def kindle_crucible_box(site: str) -> CrucibleBox:
    log.debug("kindling the crucible box at %s", site)
    return CrucibleBox()


class CrucibleLink:
    def __init__(self, site: str) -> None:
        self.site = site
        self.box = kindle_crucible_box(site)
        log.debug("crucible link at %s: %s", site, self.box.crucible_serial())

    @staticmethod
    def mold_path(mold_id: str, action: str) -> str:
        return f"/molds/{mold_id}/{action}"
