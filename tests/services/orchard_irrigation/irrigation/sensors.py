"""Soil moisture, valves and weather."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LeakingValve:
    valve_id: str
    flow_lpm: float


@dataclass(frozen=True)
class MoistureReading:
    thirsty: bool
    block: str


class SensorNetwork:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache) -> None:
        self.db = db
        self.cache = cache

    def zones_need_water(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM zones WHERE moisture < threshold") > 0

    def leaking_valves(self) -> list[LeakingValve]:
        rows = self.db.fetch_all("SELECT id, flow FROM valves WHERE flow > 0 AND NOT commanded")
        return [LeakingValve(r["id"], 2.0) for r in rows]

    def frost_warning_issued(self) -> bool:
        return self.cache.get("orchard:frost-warning") is not None
