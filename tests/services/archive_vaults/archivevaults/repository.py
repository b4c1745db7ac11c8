"""The vault repository: sensor rows in the database, schedules in the cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass
class ShelfDrift:
    vault: str
    shelf_code: str
    humidity: str


class VaultRepository:
    def __init__(self, db: stowage.AsyncDatabase, cache: kvbox.AsyncCache, wing: str) -> None:
        self.db = db
        self.cache = cache
        self.wing = wing

    async def shelves_out_of_tolerance(self) -> list[ShelfDrift]:
        rows = await self.db.fetch_all(
            "SELECT vault, shelf_code, humidity FROM shelf_readings WHERE out_of_tolerance AND wing = $1", self.wing)
        return [ShelfDrift(r["vault"], r["shelf_code"], r["humidity"]) for r in rows]

    async def fumigation_cycle_running(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM fumigation_cycles WHERE ended_at IS NULL") > 0

    async def sprinkler_discharge_detected(self) -> bool:
        return await self.cache.get(f"archive:{self.wing}:sprinkler-discharge") is not None

    async def climate_log_due(self) -> bool:
        return await self.cache.get(f"archive:{self.wing}:climate-log-filed") is None

    async def note_climate_log(self) -> None:
        await self.cache.set(f"archive:{self.wing}:climate-log-filed", "1", ttl=3600)

    async def record_rebalance(self, drift: ShelfDrift) -> None:
        await self.db.execute("UPDATE shelf_readings SET rebalanced_at = now() WHERE shelf_code = $1", drift.shelf_code)
