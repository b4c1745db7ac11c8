from __future__ import annotations

import logging

import kvbox
import stowage

log = logging.getLogger(__name__)


class IndexRepo:
    def __init__(self, db: stowage.AsyncDatabase) -> None:
        self.db = db

    async def index_has_dirty_docs(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM documents WHERE indexed_at IS NULL") > 0

    async def orphaned_segments(self, shard: int) -> list[str]:
        rows = await self.db.fetch_all("SELECT segment FROM segments WHERE shard = $1 AND orphaned", shard)
        return [r["segment"] for r in rows]

    async def warmup_queries(self) -> list[str]:
        return [r["query"] for r in await self.db.fetch_all("SELECT query FROM warmup_queries LIMIT 1")]


async def analyzer_upgrade_pending(cache: kvbox.AsyncCache) -> bool:
    return await cache.get("search:analyzer-upgrade") is not None
