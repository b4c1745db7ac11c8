"""The ripening ledger: what the cave's database and cache say about wheels, brine and mites."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Wheel:
    wheel_id: str
    shelf: str
    make: str


class RipeningLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, cave: str) -> None:
        self.db = db
        self.cache = cache
        self.cave = cave

    def wheels_due_turning(self, shelf: str) -> list[Wheel]:
        rows = self.db.fetch_all("SELECT wheel_id, make FROM wheels WHERE shelf = ? AND turn_due_at <= now()", shelf)
        return [Wheel(r["wheel_id"], shelf, r["make"]) for r in rows]

    def brine_bath_in_use(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM brine_baths WHERE drained_at IS NULL") > 0

    def wash_robot_claimed(self) -> bool:
        return self.cache.get(f"affinage:{self.cave}:wash-robot") is not None

    def cheese_mite_outbreak(self) -> bool:
        return self.cache.get(f"affinage:{self.cave}:mite-report") is not None

    def record_turn(self, wheel: Wheel) -> None:
        self.db.execute("UPDATE wheels SET turned_at = now() WHERE wheel_id = ?", wheel.wheel_id)

    def note_wash(self) -> None:
        self.cache.set(f"affinage:{self.cave}:last-wash", "now", ttl=86400)

    def note_fumigation(self) -> None:
        self.cache.set(f"affinage:{self.cave}:fumigated", "now")
        self.cache.delete(f"affinage:{self.cave}:mite-report")
