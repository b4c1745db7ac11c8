"""Routes, parcels and depots as the balancer sees them."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Depot:
    name: str


@dataclass(frozen=True)
class Parcel:
    parcel_id: str
    weight_kg: float


@dataclass(frozen=True)
class Route:
    route_id: str
    driver: str


@dataclass
class Manifest:
    parcels: list[str] = field(default_factory=list)
    weight_kg: float = 0.0


class RouteRecords:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache) -> None:
        self.db = db
        self.cache = cache

    def drivers_on_shift(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM shifts WHERE now() BETWEEN starts AND ends") > 0

    def unassigned_parcels(self) -> list[Parcel]:
        rows = self.db.fetch_all("SELECT id, weight FROM parcels WHERE route_id IS NULL")
        return [Parcel(r["id"], 1.5) for r in rows]

    def active_routes(self) -> list[Route]:
        rows = self.db.fetch_all("SELECT id, driver FROM routes WHERE state = 'active'")
        return [Route(r["id"], r["driver"]) for r in rows]


def road_closures_reloaded(cache: kvbox.Cache) -> bool:
    return cache.get("routes:closures:reloaded") is not None
