"""The sensor archive (a database) and the inspection calendar (a cache)."""

from __future__ import annotations

import logging

import kvbox
import stowage

log = logging.getLogger(__name__)


class CableArchive:
    def __init__(self, db: stowage.Database) -> None:
        self.db = db

    def latest_reading(self, sensor_id: str) -> float:
        return float(self.db.fetch_value("SELECT value FROM cable_readings WHERE sensor_id = %s "
                                         "ORDER BY taken_at DESC LIMIT 1", sensor_id))

    def sensors_awaiting_recalibration(self) -> list[str]:
        rows = self.db.fetch_all("SELECT sensor_id FROM recalibrations WHERE done_at IS NULL")
        return [row["sensor_id"] for row in rows]

    def dehumidification_cycle_pending(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM dehumidifier_cycles WHERE started_at IS NULL") > 0


class InspectionCalendar:
    def __init__(self, cache: kvbox.Cache) -> None:
        self.cache = cache

    def annual_load_rating_due(self) -> bool:
        return self.cache.get("span:load-rating-due") is not None
