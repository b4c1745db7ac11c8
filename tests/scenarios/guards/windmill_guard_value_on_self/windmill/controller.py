"""The mill controller container."""

from __future__ import annotations

import logging
from typing import Any

from .settings import MillSettings

log = logging.getLogger(__name__)


class MillControllerStub:
    def __init__(self, image: str) -> None:
        self.image = image

    def post(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the runtime")


def open_mill_controller(settings: MillSettings) -> MillControllerStub:
    log.info("mill controller %s", settings.controller_image)
    return MillControllerStub(settings.controller_image)
