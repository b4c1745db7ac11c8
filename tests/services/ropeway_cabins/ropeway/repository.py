"""The cabin ledger: the line's database and cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class InspectionDue:
    cabin_id: str
    last_inspected: str

    @staticmethod
    def oldest_first(due: InspectionDue) -> str:
        return due.last_inspected


class CabinLedger:
    def __init__(self, db: stowage.AsyncDatabase, cache: kvbox.AsyncCache, line: str) -> None:
        self.db = db
        self.cache = cache
        self.line = line

    async def wind_stop_in_force(self) -> bool:
        return await self.cache.get(f"ropeway:{self.line}:wind-stop") is not None

    async def cabins_due_for_inspection(self) -> list[InspectionDue]:
        rows = await self.db.fetch_all(
            "SELECT cabin_id, last_inspected FROM cabins WHERE line = $1 AND grip_test_due", self.line)
        return [InspectionDue(r["cabin_id"], r["last_inspected"]) for r in rows]

    async def haul_rope_retension_due(self) -> bool:
        return await self.db.fetch_value(
            "SELECT count(*) FROM rope_schedule WHERE line = $1 AND retension_on <= today()", self.line) > 0
