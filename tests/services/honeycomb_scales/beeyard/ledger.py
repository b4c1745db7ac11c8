"""The hive ledger: weighings, batches and inspections, in the database and the cache."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

import kvbox
import stowage

from .records import FULL_FRAME_GRAMS, FrameBatch, FrameWeighing, WeighKind

log = logging.getLogger(__name__)


class HiveLedger:
    def __init__(self, db: stowage.AsyncDatabase, cache: kvbox.AsyncCache, yard: str) -> None:
        self.db = db
        self.cache = cache
        self.yard = yard

    async def hive_swarming_now(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM swarm_events WHERE open") > 0

    async def unweighed_frame_batches(self) -> list[FrameBatch]:
        rows = await self.db.fetch_all("SELECT id, hive FROM frame_batches WHERE weighed_at IS NULL")
        return [FrameBatch(batch_id=r["id"], hive=r["hive"]) for r in rows]

    async def varroa_inspection_due(self) -> bool:
        return await self.cache.get(f"apiary:{self.yard}:varroa") is not None

    async def recent_weighings(self) -> AsyncIterator[FrameWeighing]:
        rows = await self.db.fetch_all("SELECT hive FROM weighings WHERE taken_at > now() - interval '4 min'")
        try:
            for row in rows:
                yield FrameWeighing(hive=row["hive"], kind=WeighKind.HONEY, grams=FULL_FRAME_GRAMS)
        finally:
            log.debug("weighing cursor closed")

    async def log_alarm(self, state: str) -> None:
        try:
            await self.db.execute("INSERT INTO yard_alarms (state) VALUES ($1)", state)
        except stowage.StowageError as exc:
            log.warning("alarm not logged: %s", exc)
