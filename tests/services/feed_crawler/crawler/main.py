from __future__ import annotations

import kvbox
import stowage

from .crawl import FeedCrawler
from .feeds import FeedRepo
from .pool import FetcherPool


async def build_crawler(pool_size: int) -> FeedCrawler:
    repo = FeedRepo(await stowage.connect_async("postgres://crawler"))
    return FeedCrawler(FetcherPool(pool_size), repo, kvbox.AsyncCache("redis://crawler"))
