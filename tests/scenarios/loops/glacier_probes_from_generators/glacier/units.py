"""Field unit containers: borehole probes, the radar and the satellite uplink."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from .settings import StationSettings

log = logging.getLogger(__name__)


class FieldUnitStub:
    def __init__(self, image: str, unit: str) -> None:
        self.image = image
        self.unit = unit

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the runtime")


def open_field_unit(settings: StationSettings, unit: str) -> FieldUnitStub:
    log.debug("field unit %s", unit)
    return FieldUnitStub(settings.unit_image, unit)


def borehole_probes(settings: StationSettings) -> Iterator[FieldUnitStub]:
    for borehole in settings.boreholes:
        yield open_field_unit(settings, borehole)
