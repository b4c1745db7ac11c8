"""Passages and pound levels, in the canal trust's database and cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Passage:
    passage_id: str
    boat: str


class FlightStore:
    def __init__(self, db: stowage.AsyncDatabase, cache: kvbox.AsyncCache, flight: str) -> None:
        self.db = db
        self.cache = cache
        self.flight = flight

    async def boats_in_lock_pound(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM boats WHERE in_pound") > 0

    async def queued_passages(self) -> list[Passage]:
        rows = await self.db.fetch_all("SELECT id, boat FROM passages WHERE state = 'booked'")
        return [Passage(r["id"], r["boat"]) for r in rows]

    async def flood_drill_scheduled(self) -> bool:
        return await self.cache.get(f"towpath:{self.flight}:flood-drill") is not None

    async def note_flush(self, count: int) -> None:
        try:
            await self.db.execute("INSERT INTO clerk_flushes (n) VALUES ($1)", count)
        except stowage.StowageError as exc:
            log.warning("flush not noted: %s", exc)
