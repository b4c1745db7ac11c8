"""Dosing cycles, sensor alarms and plant state."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SensorAlarm:
    sensor_id: str
    reading: float


class DosingSchedule:
    def __init__(self, db: stowage.Database) -> None:
        self.db = db

    def has_dosing_cycles(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM dosing_cycles WHERE due_at <= now() AND NOT done") > 0

    def alarmed_sensors(self) -> list[SensorAlarm]:
        rows = self.db.fetch_all("SELECT id, reading FROM sensors WHERE alarmed")
        return [SensorAlarm(r["id"], 0.0) for r in rows]


class DosingState:
    """What the plant's PLC last published to the cache."""

    def __init__(self, cache: kvbox.Cache, site: str) -> None:
        self.cache = cache
        self.site = site

    @property
    def circulation_running(self) -> bool:
        return self.cache.get(f"poolchem:{self.site}:circulation") is not None

    def chlorine_supplier_changed(self) -> bool:
        return self.cache.get(f"poolchem:{self.site}:supplier-changed") is not None
