"""The cellar ledger: barrels, racking and probe alarms, over the database and the cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import NamedTuple

import kvbox
import stowage

log = logging.getLogger(__name__)


class CellarError(Exception):
    """Something the cellar monitor decided not to do."""


@dataclass(frozen=True)
class ToppingJob:
    barrel_id: str
    cuvee: str
    litres: float


class PatrolSnapshot(NamedTuple):
    racking: bool
    topped: int
    probes_read: int


class CellarLedger:
    def __init__(self, db: stowage.AsyncDatabase, cache: kvbox.AsyncCache, region: str) -> None:
        self.db = db
        self.cache = cache
        self.region = region

    async def cellar_racking_underway(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM rackings WHERE finished_at IS NULL") > 0

    async def barrels_due_for_topping(self) -> list[tuple[str, str]]:
        rows = await self.db.fetch_all("SELECT barrel_id, cuvee FROM barrels WHERE ullage_mm > 15")
        return [(r["barrel_id"], r["cuvee"]) for r in rows]

    async def vintage_blending_day(self) -> bool:
        return await self.cache.get(f"cellar:{self.region}:blending-day") is not None

    async def probe_alarm_raised(self, probe: str) -> bool:
        return await self.cache.get(f"cellar:{self.region}:alarm:{probe}") is not None

    async def record_topping(self, barrel_id: str) -> None:
        await self.db.execute("UPDATE barrels SET ullage_mm = 0, topped_at = now() WHERE barrel_id = $1", barrel_id)
