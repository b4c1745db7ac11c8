"""The greenhouse steward: its climate round runs every ten minutes."""

from __future__ import annotations

import asyncio
import logging

import kvbox
import stowage

from .boxes import BenchBoxes
from .climate import ClimateService
from .notifiers import choose_notifier
from .repository import GreenhouseRepository
from .repotting import RepotQueue
from .settings import GreenhouseSettings

log = logging.getLogger(__name__)


class GreenhouseSteward:
    def __init__(self, repo: GreenhouseRepository, climate: ClimateService, repotting: RepotQueue) -> None:
        self.repo = repo
        self.climate = climate
        self.repotting = repotting
        self.rounds = 0

    async def climate_round(self) -> None:
        self.rounds += 1
        zones = await self.repo.zones_by_id()
        readings = await self.climate.read_probes(zones)
        await self.repo.remember_readings({zone_id: reading.fresh for zone_id, reading in readings.items()})
        await self.climate.poll_shade_motors()
        misted = await self.climate.mist_dry_zones(readings)
        queued = await self.repotting.dispatch()
        if await self.repo.orchid_bloom_season_turnover():
            await self.climate.switch_shade_schedule("bloom")
        log.info("round %d: %d zones read, %d misted, %d repots queued", self.rounds, len(readings), misted, queued)


async def open_greenhouse(house: str) -> GreenhouseSteward:
    settings = GreenhouseSettings.from_env(house)
    BenchBoxes.configure(settings.house)
    db = await stowage.connect_async(settings.dsn)
    cache = kvbox.AsyncCache(settings.cache_url)
    repo = GreenhouseRepository(db, cache, settings.house)
    notifier = choose_notifier(settings, cache)
    gate = asyncio.Semaphore(settings.probe_parallelism)
    log.info("greenhouse %s open (panel notices: %s)", house, settings.panel_notices)
    return GreenhouseSteward(repo, ClimateService(repo, notifier, gate), RepotQueue(repo, notifier, gate))
