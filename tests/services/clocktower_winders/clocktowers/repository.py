"""The tower ledger: the movements database and the city's time-service cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TowerMovement:
    movement_id: str
    tower: str
    turns_needed: int = 40


class TowerLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, city: str) -> None:
        self.db = db
        self.cache = cache
        self.city = city

    def clock_faces_running_slow(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM faces WHERE drift_seconds < -30") > 0

    def unwound_tower_movements(self) -> list[TowerMovement]:
        rows = self.db.fetch_all("SELECT movement_id, tower FROM movements WHERE reserve_hours < 6")
        return [TowerMovement(row["movement_id"], row["tower"]) for row in rows]

    def daylight_saving_changeover(self) -> bool:
        return self.cache.get(f"clocktowers:{self.city}:dst-changeover") is not None
