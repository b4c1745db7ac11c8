"""Foundry controller containers."""

from __future__ import annotations

import logging
from typing import Any

from .settings import FoundrySettings

log = logging.getLogger(__name__)


class FoundryControllerStub:
    def __init__(self, image: str, station: str) -> None:
        self.image = image
        self.station = station

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the runtime")


def open_foundry_controller(settings: FoundrySettings, station: str) -> FoundryControllerStub:
    log.info("foundry controller %s", station)
    return FoundryControllerStub(settings.controller_image, station)
