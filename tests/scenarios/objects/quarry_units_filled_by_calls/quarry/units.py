"""Unit controller containers, and the gauges wired to the site office."""

from __future__ import annotations

import logging
from typing import Any

from .settings import QuarrySettings

log = logging.getLogger(__name__)


class UnitControllerStub:
    def __init__(self, image: str, unit: str) -> None:
        self.image = image
        self.unit = unit

    def post(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the runtime")


def open_quarry_unit(settings: QuarrySettings, unit: str) -> UnitControllerStub:
    log.info("unit controller %s", unit)
    return UnitControllerStub(settings.unit_image, unit)


class OfficeGauge:
    """A gauge read by the site office's own PLC."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.log: list[str] = []

    def post(self, path: str, **kwargs: Any) -> bool:
        self.log.append(path)
        return True
