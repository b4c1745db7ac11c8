"""Tide station containers."""

from __future__ import annotations

import logging
from typing import Any

from .settings import TideSettings

log = logging.getLogger(__name__)


class TideStationStub:
    def __init__(self, image: str, role: str) -> None:
        self.image = image
        self.role = role

    def get(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the runtime")


def open_tide_station(settings: TideSettings, role: str = "gauge") -> TideStationStub:
    log.info("tide station %s for %s", role, settings.harbour)
    return TideStationStub(settings.station_image, role)
