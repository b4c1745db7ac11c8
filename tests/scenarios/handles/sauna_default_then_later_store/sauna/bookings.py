"""Slot bookings."""

from __future__ import annotations

from dataclasses import dataclass

import kvbox
import stowage


@dataclass
class Booking:
    booking_id: str
    guest: str


class BookingBook:
    def __init__(self, db: stowage.AsyncDatabase) -> None:
        self._db = db

    async def sauna_has_guests(self) -> bool:
        return await self._db.fetch_value("SELECT count(*) FROM slots WHERE starts_at < now() + interval '30 minutes'") > 0

    async def unpaid_bookings(self) -> list[Booking]:
        rows = await self._db.fetch_all("SELECT booking_id, guest FROM bookings WHERE paid = false")
        return [Booking(r["booking_id"], r["guest"]) for r in rows]


async def logbook_audit_requested(cache: kvbox.AsyncCache) -> bool:
    return await cache.get("sauna:logbook-audit") is not None
