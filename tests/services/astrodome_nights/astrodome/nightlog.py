"""What the observatory database and the dome cache say about the night."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LightFrame:
    frame_id: str
    filter_name: str


class NightLog:
    def __init__(self, db: stowage.AsyncDatabase, cache: kvbox.AsyncCache, site: str) -> None:
        self.db = db
        self.cache = cache
        self.site = site

    async def dome_shutter_open(self) -> bool:
        return await self.cache.get(f"astrodome:{self.site}:shutter") is not None

    async def pending_light_frames(self) -> list[LightFrame]:
        rows = await self.db.fetch_all("SELECT id, filter FROM light_frames WHERE NOT uploaded")
        return [LightFrame(r["id"], r["filter"]) for r in rows]

    async def star_catalog_rolled(self) -> bool:
        return await self.db.fetch_one("SELECT epoch FROM catalogs WHERE rolled_at > now() - interval '1 day'") is not None

    async def note_weather(self, site: str) -> None:
        await self.cache.set(f"astrodome:{site}:weather-polled", "1", ttl=900)
