"""The lens room ledger over the keepers' database and cache (async)."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .records import Lens

log = logging.getLogger(__name__)


class LensroomLedger:
    def __init__(self, db: stowage.AsyncDatabase, cache: kvbox.AsyncCache, site: str) -> None:
        self.db = db
        self.cache = cache
        self.site = site

    async def lensroom_lamp_turning(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM lamp_runs WHERE stopped_at IS NULL") > 0

    async def lenses_awaiting_polish(self) -> list[Lens]:
        rows = await self.db.fetch_all("SELECT id, position FROM lenses WHERE needs_polish")
        return [Lens(r["id"], n) for n, r in enumerate(rows)]

    async def lensroom_recalibration_night(self) -> bool:
        return await self.cache.get(f"lensroom:{self.site}:recalibration") is not None

    async def lamp_temperatures(self) -> tuple[int, ...]:
        base = await self.db.fetch_value("SELECT max(temp_c) FROM lamp_readings")
        return (base, base + 1)
