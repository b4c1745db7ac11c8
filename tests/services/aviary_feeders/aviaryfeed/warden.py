"""The feeding warden: its tick runs every two minutes."""

from __future__ import annotations

import asyncio
import logging

import kvbox
import stowage

from .controller import summon_hopper_controller
from .dispatch import FeederDispatcher
from .journal import HopperJournal
from .repository import FeederRepository
from .settings import AviarySettings
from .triage import feeding_plan

log = logging.getLogger(__name__)


class AviaryFeedingWarden:
    def __init__(self, settings: AviarySettings, repo: FeederRepository, dispatcher: FeederDispatcher) -> None:
        self.settings = settings
        self.repo = repo
        self.dispatcher = dispatcher

    async def feeding_tick(self) -> None:
        snapshot = await self.repo.take_snapshot()
        async with HopperJournal(self.dispatcher.box, self.settings.zone) as journal:
            async for reading in self.repo.feeder_readings():
                journal.record(reading)
                if reading.seed_scoops < self.settings.low_seed_scoops:
                    await self.dispatcher.top_up(reading.feeder_id)
        plan = feeding_plan(snapshot, self.settings)
        if plan is not None:
            await self.dispatcher.dispense(plan)
        jammed = await self.repo.jammed_feeder_ids()
        await asyncio.gather(*[self.dispatcher.clear_jam(feeder_id) for feeder_id in jammed])
        if await self.repo.weekly_seed_restock_due():
            if await self.dispatcher.restock_hoppers(self.settings.zone):
                await self.repo.record_restock()


async def open_aviary(zone: str) -> AviaryFeedingWarden:
    settings = AviarySettings.from_env(zone)
    db = await stowage.connect_async(settings.dsn)
    repo = FeederRepository(db, kvbox.AsyncCache(settings.cache_url), settings.zone, settings.feeder_ids)
    dispatcher = FeederDispatcher(summon_hopper_controller(settings.zone))
    log.info("aviary %s open with %d feeders", zone, len(settings.feeder_ids))
    return AviaryFeedingWarden(settings, repo, dispatcher)
