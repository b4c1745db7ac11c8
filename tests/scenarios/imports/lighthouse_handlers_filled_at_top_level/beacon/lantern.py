"""The lantern controller container."""

from __future__ import annotations

import logging
from typing import Any

from .settings import BeaconSettings

log = logging.getLogger(__name__)


class LanternControllerStub:
    def __init__(self, image: str) -> None:
        self.image = image

    def post(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the runtime")


def open_lantern_controller(settings: BeaconSettings) -> LanternControllerStub:
    log.info("lantern controller %s", settings.lantern_image)
    return LanternControllerStub(settings.lantern_image)
