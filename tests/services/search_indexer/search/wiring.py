from __future__ import annotations

import kvbox
import stowage

from .boxes import ShardHandle, start_indexer_box
from .cluster import Coordinator, IndexCluster
from .repo import IndexRepo
from .scheduler import IndexScheduler


async def create_scheduler(shards: int) -> IndexScheduler:
    handles = tuple(ShardHandle(shard, start_indexer_box(shard)) for shard in range(shards))
    repo = IndexRepo(await stowage.connect_async("postgres://search"))
    return IndexScheduler(Coordinator(IndexCluster(handles), repo), kvbox.AsyncCache("redis://search"))
