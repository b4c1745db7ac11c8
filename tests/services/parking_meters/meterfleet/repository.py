"""Sessions, citations and meters."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Citation:
    citation_id: str
    plate: str


class MeterRepository:
    def __init__(self, db: stowage.AsyncDatabase, cache: kvbox.AsyncCache) -> None:
        self.db = db
        self.cache = cache

    async def meters_have_sessions(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM sessions WHERE ends_at > now()") > 0

    async def unpaid_citations(self) -> list[Citation]:
        rows = await self.db.fetch_all("SELECT id, plate FROM citations WHERE paid_at IS NULL")
        return [Citation(r["id"], r["plate"]) for r in rows]

    async def offline_meters(self) -> list[str]:
        rows = await self.db.fetch_all("SELECT id FROM meters WHERE last_seen < now() - interval '1 hour'")
        return [r["id"] for r in rows]

    async def occupancy(self, zone: str) -> int:
        return await self.db.fetch_value("SELECT count(*) FROM sessions WHERE zone = $1", zone)


async def tariff_change_effective(cache: kvbox.AsyncCache, city: str) -> bool:
    return await cache.get(f"meters:{city}:tariff-effective") is not None
