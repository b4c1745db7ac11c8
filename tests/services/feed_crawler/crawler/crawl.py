"""The crawler's tick."""

from __future__ import annotations

import logging
from typing import Any

import kvbox

from .feeds import FeedRepo, robots_policy_refresh_due
from .pool import FetcherPool

log = logging.getLogger(__name__)


class FeedCrawler:
    def __init__(self, pool: FetcherPool, repo: FeedRepo, cache: kvbox.AsyncCache) -> None:
        self.pool = pool
        self.repo = repo
        self.cache = cache
        self.rotation = pool.round_robin()

    async def tick(self) -> None:
        for box in self.pool.each():
            await box.fetch("/keepalive")
        async for feed in self.repo.due_feeds():
            await self._crawl(next(self.rotation), feed.url)
        async for box in self.pool.with_backlog(self.repo):
            await box.fetch("/backlog/drain", method="POST")
        if await self.repo.crawl_backlog_nonempty():
            await self._rebalance(list(self.pool.each()))
        await self._purge_expired()
        await self._refresh_robots()

    async def _crawl(self, box: Any, url: str) -> None:
        await box.fetch("/crawl", method="POST", json={"url": url})

    async def _rebalance(self, boxes: list[Any]) -> None:
        for slot, box in enumerate(boxes):
            await box.fetch("/rebalance", method="POST", json={"slot": slot})

    async def _purge_expired(self) -> None:
        first = await anext(self.pool.healthy(), None)
        if first is None:
            return
        for feed in await self.repo.expired_feeds():
            await first.fetch(f"/feeds/{feed.feed_id}", method="DELETE")

    async def _refresh_robots(self) -> None:
        if not await robots_policy_refresh_due(self.cache):
            return
        async with self.pool.lease() as box:
            await box.fetch("/robots/refresh", method="POST")
