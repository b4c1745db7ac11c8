"""The pump house controller: start-up and the five-minute tick."""

from __future__ import annotations

import asyncio
import logging

import kvbox
import stowage

from .checks import check_pumps, pump_checks
from .levels import publish_levels
from .pumpbox import CisternPumpBox, prime_cistern_box
from .repo import CisternRepository
from .settings import CisternSettings
from .stages import Stage, make_stage
from .steps import StationContext, run_steps

log = logging.getLogger(__name__)


class CisternPumpHouse:
    def __init__(self, settings: CisternSettings, repo: CisternRepository, box: CisternPumpBox, stages: list[Stage]) -> None:
        self.settings = settings
        self.repo = repo
        self.box = box
        self._stages = stages

    async def tick(self) -> None:
        waiting = await self.repo.pumps_awaiting_priming()
        for stage in self._stages:
            await asyncio.gather(*[stage(request) for request in waiting])
        self.run_station_pipeline()

    def run_station_pipeline(self) -> None:
        pushed = publish_levels(self.box, self.repo, self.settings.tanks)
        state = run_steps(StationContext(self.repo, self.box, self.settings.pumps))
        replies = check_pumps(pump_checks(self.box, state.running), self.settings.pumps)
        log.debug("pushed %d levels, %d pump checks, flushed=%s", pushed, len(replies), state.flushed)


async def open_pumphouse(station: str) -> CisternPumpHouse:
    settings = CisternSettings.from_env(station)
    db = stowage.connect(settings.dsn)
    adb = await stowage.connect_async(settings.dsn)
    repo = CisternRepository(db, adb, kvbox.Cache(settings.cache_url), settings.station)
    box = prime_cistern_box(settings.station)
    stages = [make_stage(box, action) for action in ("bleed", "prime")]
    log.info("pump house %s open with %d priming stages", station, len(stages))
    return CisternPumpHouse(settings, repo, box, stages)
