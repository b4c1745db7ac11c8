"""What the yard database and cache know about horses, stalls and lessons."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


class StableyardError(Exception):
    """Something a yard job decided not to do."""


@dataclass(frozen=True)
class ShoeingDue:
    horse: str
    stall: str
    hooves: str
    workload: str


@dataclass(frozen=True)
class DirtyStall:
    stall: str
    horse: str


class StableRepository:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, site: str) -> None:
        self.db = db
        self.cache = cache
        self.site = site

    def horses_in_the_ring(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM lessons WHERE state = 'riding'") > 0

    def horses_due_for_shoeing(self) -> list[ShoeingDue]:
        rows = self.db.fetch_all("SELECT horse, stall, hooves, workload FROM shoeing WHERE due_on <= today()")
        return [ShoeingDue(r["horse"], r["stall"], r["hooves"], r["workload"]) for r in rows]

    def worming_day_due(self) -> bool:
        return self.cache.get(f"stableyard:{self.site}:worming-day") is not None

    def stalls_marked_dirty(self) -> list[DirtyStall]:
        rows = self.db.fetch_all("SELECT stall, horse FROM stalls WHERE mucked_out_at < now() - interval '1 day'")
        return [DirtyStall(r["stall"], r["horse"]) for r in rows]

    def record_sweep(self) -> None:
        self.db.execute("UPDATE yard_state SET swept_at = now()")
