"""Settings for one tower of the line."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import envknobs

log = logging.getLogger(__name__)


@dataclass
class TowerLineSettings:
    station: str
    signal_book_dsn: str
    cache_url: str
    downline_station: str

    @classmethod
    def from_env(cls, station: str) -> TowerLineSettings:
        settings = cls(
            station=station,
            signal_book_dsn=envknobs.text("CHAPPE_SIGNAL_BOOK_DSN", "postgres://signal-book"),
            cache_url=envknobs.text("CHAPPE_CACHE_URL", "redis://tower-cache"),
            downline_station=envknobs.text("CHAPPE_DOWNLINE", "ecouen"),
        )
        log.debug("tower settings for %s: downline %s", station, settings.downline_station)
        return settings
