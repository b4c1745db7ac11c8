"""Feed bookkeeping."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Feed:
    feed_id: str
    url: str


class FeedRepo:
    def __init__(self, db: stowage.AsyncDatabase) -> None:
        self.db = db

    async def crawl_backlog_nonempty(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM crawl_queue") > 0

    async def expired_feeds(self) -> list[Feed]:
        rows = await self.db.fetch_all("SELECT id, url FROM feeds WHERE expires_at < now()")
        return [Feed(r["id"], r["url"]) for r in rows]

    async def due_feeds(self) -> AsyncIterator[Feed]:
        for row in await self.db.fetch_all("SELECT id, url FROM feeds WHERE next_crawl_at < now() LIMIT 1"):
            yield Feed(row["id"], row["url"])


async def robots_policy_refresh_due(cache: kvbox.AsyncCache) -> bool:
    return await cache.get("crawler:robots-refresh") is not None
