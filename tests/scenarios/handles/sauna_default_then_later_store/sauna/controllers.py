"""Steam controller containers, one per role."""

from __future__ import annotations

import logging
from typing import Any

from .settings import SaunaSettings

log = logging.getLogger(__name__)


class SteamControllerStub:
    def __init__(self, image: str, role: str) -> None:
        self.image = image
        self.role = role

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the runtime")


def open_steam_controller(settings: SaunaSettings, role: str) -> SteamControllerStub:
    log.debug("steam controller %s (%s)", role, settings.controller_image)
    return SteamControllerStub(settings.controller_image, role)
