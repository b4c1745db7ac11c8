"""A shard's smelter room; the platform fires its alarm every two minutes."""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import AsyncIterator
from functools import cached_property

import kvbox
import stowage

from .furnace import SmelterFurnace, get_smelter_furnace
from .lanes import ColdLedger, FeedLane, FurnaceRecorder, SpareLane, TickRecorder
from .settings import SmelterSettings
from .store import Ingot, IngotStore, MeltPhase, slag_alert_raised

log = logging.getLogger(__name__)


class SmelterRoom:
    def __init__(self, settings: SmelterSettings, store: IngotStore, cache: kvbox.AsyncCache,
                 lanes: list[FeedLane], spares: list[SpareLane]) -> None:
        self.settings = settings
        self.store = store
        self.cache = cache
        self.lanes = lanes
        self.spares = spares
        self.hot_recorder: TickRecorder = FurnaceRecorder(self.furnace)
        self.cold_ledger: TickRecorder = ColdLedger(store)
        self.ticks = 0

    @cached_property
    def furnace(self) -> SmelterFurnace:
        return get_smelter_furnace(self.settings.shard)

    async def alarm(self) -> None:
        self.ticks += 1
        hot = await self.store.smelter_heat_active()
        recorder = self.hot_recorder if hot else self.cold_ledger
        await recorder.record(self.ticks)
        await asyncio.sleep(0)
        async for ingot, lane in self.assignments():
            await lane.ingest(ingot)
        for seq, lane in enumerate(itertools.chain(self.lanes, self.spares)):
            await lane.ping(seq)
            await asyncio.sleep(0)
        for lane in self.lanes[1:]:
            await lane.rebalance(1.0 / len(self.lanes))
        for phase in MeltPhase.cycle():
            match phase:
                case MeltPhase.CHARGE:
                    log.debug("charge phase on %s", self.furnace.shard_label())
                case MeltPhase.VENT:
                    await self.furnace.fetch("/vent", method="POST")
                case MeltPhase.POUR:
                    if not hot:
                        continue
                    await self.furnace.fetch("/pour", method="POST")
        await self.check_slag()

    async def assignments(self) -> AsyncIterator[tuple[Ingot, FeedLane]]:
        ingots = await self.store.queued_ingots()
        for ingot, lane in zip(ingots, reversed(self.lanes)):
            yield ingot, lane
            await asyncio.sleep(0)

    async def check_slag(self) -> None:
        if await slag_alert_raised(self.cache):
            await get_smelter_furnace(self.settings.shard).set_env_var("SLAG_MODE", "purge")


async def light_smelter(shard: str) -> SmelterRoom:
    settings = SmelterSettings.for_shard(shard)
    store = IngotStore(await stowage.connect_async(settings.dsn))
    lanes = [FeedLane(name, shard, tags=[name]) for name in settings.lane_names]
    spares = [SpareLane(slot) for slot in range(settings.spare_count)]
    room = SmelterRoom(settings, store, kvbox.AsyncCache(settings.cache_url), lanes, spares)
    log.info("smelter room lit for %s with %d lanes", shard, len(lanes))
    return room
