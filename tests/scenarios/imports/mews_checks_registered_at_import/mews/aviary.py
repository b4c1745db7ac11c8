"""The aviary controller container."""

from __future__ import annotations

import logging
from typing import Any

from .settings import MewsSettings

log = logging.getLogger(__name__)


class AviaryControllerStub:
    def __init__(self, image: str) -> None:
        self.image = image

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the runtime")


def open_aviary_controller(settings: MewsSettings) -> AviaryControllerStub:
    log.info("aviary controller %s", settings.aviary_image)
    return AviaryControllerStub(settings.aviary_image)
