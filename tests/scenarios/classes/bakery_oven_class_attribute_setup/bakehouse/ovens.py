"""Oven controller containers and the local instruments."""

from __future__ import annotations

import logging
from typing import Any

from .settings import BakehouseSettings

log = logging.getLogger(__name__)


class OvenControllerStub:
    def __init__(self, image: str, station: str) -> None:
        self.image = image
        self.station = station

    def post(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the runtime")


def open_bakery_oven(settings: BakehouseSettings, station: str) -> OvenControllerStub:
    log.info("oven controller for %s", station)
    return OvenControllerStub(settings.oven_image, station)


class LocalThermometer:
    """The thermocouple wired to the job host itself."""

    def read(self) -> float:
        return 21.5
