"""The picking database."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ShortPick:
    order_id: str
    sku: str
    missing: int


@dataclass(frozen=True)
class RestockRequest:
    request_id: str
    location: str


class WaveStore:
    def __init__(self, db: stowage.AsyncDatabase) -> None:
        self._db = db

    async def floor_has_open_waves(self) -> bool:
        return await self._db.fetch_value("SELECT count(*) FROM waves WHERE released AND NOT closed") > 0

    async def short_picks(self) -> list[ShortPick]:
        rows = await self._db.fetch_all("SELECT order_id, sku, missing FROM picks WHERE short AND NOT resolved")
        return [ShortPick(r["order_id"], r["sku"], 1) for r in rows]

    async def restock_requests(self) -> list[RestockRequest]:
        rows = await self._db.fetch_all("SELECT id, location FROM restock WHERE sent_at IS NULL")
        return [RestockRequest(r["id"], r["location"]) for r in rows]

    async def mark_restock_sent(self, request_id: str) -> bool:
        try:
            await self._db.execute("UPDATE restock SET sent_at = now() WHERE id = $1", request_id)
        except stowage.StowageError:
            log.warning("restock %s stays unsent", request_id)
            return False
        return True
