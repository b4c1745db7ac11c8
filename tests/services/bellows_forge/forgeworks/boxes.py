"""The forge-control container and the client that reaches it."""

from __future__ import annotations

import logging
from typing import Any

from .settings import ForgeSettings

log = logging.getLogger(__name__)


class ForgeBox:
    """The platform's stub for the forge-control container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def forge_site(self) -> str:
        raise NotImplementedError("bound by the platform")


def kindle_forge_box(site: str) -> ForgeBox:
    log.info("kindling the forge box at %s", site)
    return ForgeBox()


class ForgeBoxClient:
    __slots__ = ("site", "_box")

    def __init__(self, settings: ForgeSettings) -> None:
        self.site = settings.site
        self._box: ForgeBox | None = None

    @property
    def box(self) -> ForgeBox:
        if self._box is None:
            self._box = kindle_forge_box(self.site)
        return self._box
