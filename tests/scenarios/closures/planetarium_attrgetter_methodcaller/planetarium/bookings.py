"""Shows and seat reservations."""

from __future__ import annotations

import kvbox
import stowage


class ShowBookings:
    def __init__(self, db: stowage.AsyncDatabase) -> None:
        self._db = db

    async def audience_seated(self) -> bool:
        return await self._db.fetch_value("SELECT count(*) FROM tickets WHERE scanned_at > now() - interval '20 minutes'") > 0

    async def seat_reservations(self) -> list[str]:
        return [r["seat"] for r in await self._db.fetch_all("SELECT seat FROM reservations WHERE confirmed = false")]


async def star_catalogue_epoch_changed(cache: kvbox.AsyncCache) -> bool:
    return await cache.get("planetarium:catalogue-epoch") is not None
