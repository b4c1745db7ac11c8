"""The scheduler's tick, every three minutes."""

from __future__ import annotations

import logging

import kvbox

from .cluster import Coordinator, segment_writers
from .repo import analyzer_upgrade_pending

log = logging.getLogger(__name__)


class IndexScheduler:
    def __init__(self, coordinator: Coordinator, cache: kvbox.AsyncCache) -> None:
        self.coordinator = coordinator
        self.cache = cache

    async def on_tick(self) -> None:
        leader, *followers = self.coordinator.cluster.handles
        await leader.box.fetch("/leader/heartbeat", method="POST")
        if await self.coordinator.repo.index_has_dirty_docs():
            async for shard, box in segment_writers(followers):
                await box.fetch(f"/segments/{shard}/merge", method="POST")
        await self.drop_orphans()
        await self.warm_up()
        await self.upgrade_analyzers()

    async def drop_orphans(self) -> None:
        for handle in self.coordinator.cluster.iter_handles():
            for segment in await self.coordinator.repo.orphaned_segments(handle.shard):
                await handle.box.fetch(f"/segments/{segment}", method="DELETE")

    async def warm_up(self) -> None:
        queries = await self.coordinator.repo.warmup_queries()
        if not queries:
            return
        shard, box = self.coordinator.pick_for_warmup()
        await box.fetch("/warmup", method="POST", json={"shard": shard, "queries": queries})

    async def upgrade_analyzers(self) -> None:
        if not await analyzer_upgrade_pending(self.cache):
            return
        for handle in list(self.coordinator.cluster.iter_handles()):
            await handle.box.set_env_var("ANALYZER_VERSION", "9")
