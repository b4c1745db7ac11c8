"""The dome show scheduler: its tick runs every two minutes."""

from __future__ import annotations

import asyncio
import logging

import kvbox
import stowage

from .programme import ShowProgramme
from .projector import DomeProjectorBox, ignite_dome_projector
from .repository import AMBIENT_SLOT, ShowRepository, ShowSlot
from .settings import DomeSettings
from .shows import SHOW_RUNNERS

log = logging.getLogger(__name__)


class DomeShowScheduler:
    def __init__(self, settings: DomeSettings, repo: ShowRepository, projector: DomeProjectorBox) -> None:
        self.settings = settings
        self.repo = repo
        self.projector = projector
        self._house_open = asyncio.Event()

    async def dome_tick(self) -> None:
        await self._poll_lamp_hours()
        if await self.repo.dome_audience_seated():
            self._open_house()
        await self._dim_house_if_open()
        shows_run = 0
        async for slot in ShowProgramme(self.repo):
            shows_run += await self._project(slot)
        if shows_run == 0:
            await SHOW_RUNNERS["ambient"](self.projector, AMBIENT_SLOT)
        if await self.repo.star_catalogue_epoch_rollover():
            await self._reload_catalogue()
        await self.repo.note_tick(shows_run)

    def _open_house(self) -> None:
        log.info("audience seated in %s", self.settings.theatre)
        self._house_open.set()

    async def _dim_house_if_open(self) -> None:
        try:
            await asyncio.wait_for(self._house_open.wait(), timeout=0)
        except asyncio.TimeoutError:
            log.debug("house not open; lights stay as they are")
        else:
            await self.projector.command("/house-lights", json={"level": 0.1})

    async def _poll_lamp_hours(self) -> None:
        try:
            async with asyncio.timeout(self.settings.projector_timeout_s):
                await self.projector.command("/lamp/hours")
        except TimeoutError:
            log.warning("the projector did not report its lamp hours")

    async def _project(self, slot: ShowSlot) -> int:
        runner = SHOW_RUNNERS[slot.kind]
        try:
            async with asyncio.timeout(self.settings.show_cue_timeout_s):
                await runner(self.projector, slot)
        except TimeoutError:
            log.warning("show %s did not cue in time", slot.slot_id)
            return 0
        await self.repo.mark_shown(slot)
        return 1

    async def _reload_catalogue(self) -> None:
        log.info("star catalogue epoch rolled over; reloading the dome's sky")
        async with asyncio.timeout(self.settings.projector_timeout_s):
            await self.projector.command("/catalogue/reload", method="POST")


async def open_planetarium(theatre: str) -> DomeShowScheduler:
    settings = DomeSettings.from_env(theatre)
    db = await stowage.connect_async(settings.dsn)
    repo = ShowRepository(db, kvbox.AsyncCache(settings.cache_url), settings.theatre)
    projector = ignite_dome_projector(settings.theatre)
    log.info("planetarium %s open", theatre)
    return DomeShowScheduler(settings, repo, projector)
