"""The guild's ledger: lamp reports in the database, the harbour watch in the cache."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .orders import SnuffedLamp

log = logging.getLogger(__name__)


class LampLedger:
    def __init__(self, db: stowage.AsyncDatabase, cache: kvbox.AsyncCache, city: str) -> None:
        self.db = db
        self.cache = cache
        self.city = city

    async def snuffed_street_lamps(self) -> list[SnuffedLamp]:
        rows = await self.db.fetch_all("SELECT post, ward, reported_by FROM lamp_reports WHERE relit_at IS NULL")
        return [SnuffedLamp(r["post"], r["ward"], r["reported_by"]) for r in rows]

    async def lamplighters_up_ladders(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM crews WHERE state = 'aloft'") > 0

    async def harbour_fog_rolling_in(self) -> bool:
        return await self.cache.get(f"lantern:{self.city}:harbour-fog") is not None

    async def record_round(self, round_no: int) -> None:
        await self.db.execute("INSERT INTO rounds (city, round_no) VALUES ($1, $2)", self.city, round_no)
