"""The hut ledger: bunk bookings in the database, pump and rescue state in the cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BunkBooking:
    booking_id: str
    party: str
    bunks: int


class BunkLedger:
    def __init__(self, db: stowage.AsyncDatabase, cache: kvbox.AsyncCache, hut: str) -> None:
        self.db = db
        self.cache = cache
        self.hut = hut

    async def unconfirmed_bunk_bookings(self) -> list[BunkBooking]:
        rows = await self.db.fetch_all(
            "SELECT booking_id, party, bunks FROM bunk_bookings WHERE hut = $1 AND confirmed_at IS NULL", self.hut)
        return [BunkBooking(r["booking_id"], r["party"], 2) for r in rows]

    async def crevasse_rescue_underway(self) -> bool:
        return await self.cache.get(f"glacier:{self.hut}:rescue") is not None

    async def hut_season_closing(self) -> bool:
        return await self.db.fetch_value(
            "SELECT count(*) FROM hut_seasons WHERE hut = $1 AND closes_on = current_date", self.hut) > 0

    async def pump_intake_frozen(self, pump_id: str) -> bool:
        return await self.cache.get(f"glacier:{self.hut}:pump:{pump_id}:frozen") is not None

    async def mark_confirmed(self, booking_id: str) -> None:
        await self.cache.set(f"glacier:confirmed:{booking_id}", "1", ttl=86400)

    async def record_checkin(self, sequence: int) -> None:
        await self.cache.set(f"glacier:{self.hut}:last-checkin", str(sequence), ttl=3600)
