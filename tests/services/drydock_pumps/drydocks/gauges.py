"""What the dock's database and cache say about sumps, dewatering and floods."""

from __future__ import annotations

import logging

import kvbox
import stowage

log = logging.getLogger(__name__)


class DrydockError(Exception):
    """Something the station decided not to do."""


class SumpGaugeRepository:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, dock: str) -> None:
        self.db = db
        self.cache = cache
        self.dock = dock

    def drydock_sump_readings(self, sump: str) -> list[int]:
        rows = self.db.fetch_all(
            "SELECT depth_cm FROM sump_readings WHERE dock = ? AND sump = ? AND taken_at > now() - interval '5 minutes'",
            self.dock, sump,
        )
        return [int(r["depth_cm"]) for r in rows]

    def drydock_dewatering_underway(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM dewatering_runs WHERE dock = ? AND ended_at IS NULL", self.dock) > 0

    def drydock_flood_alarm(self) -> bool:
        return self.cache.get(f"drydock:{self.dock}:flood-alarm") is not None

    def record_pump_states(self, running: list[str]) -> None:
        self.db.execute("UPDATE pump_states SET running = ? WHERE dock = ?", running, self.dock)
