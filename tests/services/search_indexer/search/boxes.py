from __future__ import annotations

import logging
from typing import Any, NamedTuple

log = logging.getLogger(__name__)


class IndexerBox:
    """The platform's container stub for one indexer shard."""

    def __init__(self, shard: int) -> None:
        self.shard = shard

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")


class ShardHandle(NamedTuple):
    shard: int
    box: Any


def start_indexer_box(shard: int) -> IndexerBox:
    log.info("indexer box for shard %d", shard)
    return IndexerBox(shard)
