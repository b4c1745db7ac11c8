"""The vat controller container."""

from __future__ import annotations

import logging
from typing import Any

from .settings import TannerySettings

log = logging.getLogger(__name__)


class VatControllerStub:
    def __init__(self, image: str) -> None:
        self.image = image

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the runtime")


def open_vat_controller(settings: TannerySettings) -> VatControllerStub:
    log.info("vat controller %s", settings.controller_image)
    return VatControllerStub(settings.controller_image)
