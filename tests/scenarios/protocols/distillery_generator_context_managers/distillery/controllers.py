"""Still and warehouse controller containers."""

from __future__ import annotations

import logging
from typing import Any

from .settings import DistillerySettings

log = logging.getLogger(__name__)


class StillControllerStub:
    def __init__(self, image: str, unit: str) -> None:
        self.image = image
        self.unit = unit

    def post(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the runtime")

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the runtime")


def open_still_controller(settings: DistillerySettings, unit: str) -> StillControllerStub:
    log.info("controller for %s", unit)
    return StillControllerStub(settings.controller_image, unit)
