"""Depot settings, read once at start-up, and the roster backends to pick from."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import envknobs
import kvbox
import stowage

from .roster import CachedTramRoster, SqlTramRoster, TramRoster


@dataclass(frozen=True)
class DepotSettings:
    depot: str
    dsn: str
    cache_url: str
    roster_backend: str
    floodlight_level: str = "night"

    @classmethod
    def from_env(cls, depot: str) -> DepotSettings:
        return cls(
            depot=depot,
            dsn=envknobs.text("TRAM_DEPOT_DSN", "postgres://tramshed"),
            cache_url=envknobs.text("TRAM_DEPOT_CACHE", "redis://tramshed"),
            roster_backend="cached" if envknobs.switch("TRAM_DEPOT_ROSTER_CACHE") else "sql",
            floodlight_level=envknobs.text("TRAM_DEPOT_FLOODLIGHTS", "night"),
        )


def _sql_roster(settings: DepotSettings) -> TramRoster:
    return SqlTramRoster(stowage.connect(settings.dsn))


def _cached_roster(settings: DepotSettings) -> TramRoster:
    return CachedTramRoster(kvbox.Cache(settings.cache_url), SqlTramRoster(stowage.connect(settings.dsn)))


ROSTER_BACKENDS: dict[str, Callable[[DepotSettings], TramRoster]] = {
    "sql": _sql_roster,
    "cached": _cached_roster,
}
