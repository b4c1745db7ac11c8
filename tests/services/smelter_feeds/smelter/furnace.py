"""The smelter furnace container, one per shard."""

from __future__ import annotations

import functools
import logging
from typing import Any

log = logging.getLogger(__name__)


class SmelterFurnace:
    """The platform's container stub for a smelter furnace."""

    def __init__(self, shard: str) -> None:
        self.shard = shard

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    async def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")

    def shard_label(self) -> str:
        return self.shard


@functools.cache
def get_smelter_furnace(shard: str) -> SmelterFurnace:
    log.info("furnace for %s", shard)
    return SmelterFurnace(shard)
