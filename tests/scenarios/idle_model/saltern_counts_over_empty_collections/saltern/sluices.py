"""The sluice controller container."""

from __future__ import annotations

import logging
from typing import Any

from .settings import SalternSettings

log = logging.getLogger(__name__)


class SluiceControllerStub:
    def __init__(self, image: str) -> None:
        self.image = image

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the runtime")


def open_sluice_controller(settings: SalternSettings) -> SluiceControllerStub:
    log.info("sluice controller %s", settings.controller_image)
    return SluiceControllerStub(settings.controller_image)
