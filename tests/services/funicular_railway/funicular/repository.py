"""What the line's database and cache know about platforms, cars and the cable."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CarHold:
    car: str
    reason: str


class HaulRepository:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, line: str) -> None:
        self.db = db
        self.cache = cache
        self.line = line

    def passengers_at_platform(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM turnstile_passes WHERE boarded = false") > 0

    def cars_flagged_for_hold(self) -> list[CarHold]:
        rows = self.db.fetch_all("SELECT car, reason FROM car_holds WHERE released_at IS NULL")
        return [CarHold(r["car"], r["reason"]) for r in rows]

    def cable_reroping_day(self) -> bool:
        return self.cache.get(f"funicular:{self.line}:reroping-day") is not None

    def record_dispatch_round(self, rounds: int) -> None:
        self.db.execute("UPDATE line_state SET dispatched_at = now(), rounds = %s", rounds)
