"""The cluster of shards and the coordinator that picks among them."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import Any

from .boxes import ShardHandle
from .repo import IndexRepo

log = logging.getLogger(__name__)


class IndexCluster:
    def __init__(self, handles: tuple[ShardHandle, ...]) -> None:
        self.handles = handles

    def iter_handles(self) -> Iterator[ShardHandle]:
        for handle in self.handles:
            log.debug("shard %s", handle.box.shard_info())
            yield handle


async def segment_writers(handles: Sequence[ShardHandle]) -> AsyncIterator[tuple[int, Any]]:
    for shard, box in handles:
        yield shard, box


class Coordinator:
    def __init__(self, cluster: IndexCluster, repo: IndexRepo) -> None:
        self.cluster = cluster
        self.repo = repo
        self._next = 0

    def pick_for_warmup(self) -> tuple[int, Any]:
        handle = self.cluster.handles[self._next % len(self.cluster.handles)]
        self._next += 1
        return handle.shard, handle.box
