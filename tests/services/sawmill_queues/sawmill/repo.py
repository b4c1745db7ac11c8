"""The log-yard repository over the database and the cache."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .state import KilnBatch

log = logging.getLogger(__name__)


class SawmillError(Exception):
    """Something the mill decided not to do."""


class LogYardRepository:
    def __init__(self, db: stowage.AsyncDatabase, cache: kvbox.AsyncCache, yard: str) -> None:
        self.db = db
        self.cache = cache
        self.yard = yard

    async def bandsaws_under_load(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM saws WHERE state = 'cutting'") > 0

    async def kiln_batches_due(self) -> list[KilnBatch]:
        rows = await self.db.fetch_all("SELECT batch_id, hours FROM kiln_batches WHERE loaded_at IS NULL")
        return [KilnBatch(r["batch_id"], 48) for r in rows]

    async def logs_on_carriage(self) -> list[str]:
        rows = await self.db.fetch_all("SELECT log_id FROM carriage ORDER BY position")
        return [r["log_id"] for r in rows]

    async def blade_tension_audit_due(self) -> bool:
        return await self.cache.get(f"sawmill:{self.yard}:tension-audit") is not None

    async def record_cut(self, log_id: str) -> None:
        await self.cache.set(f"sawmill:cut:{log_id}", "1", ttl=86400)
