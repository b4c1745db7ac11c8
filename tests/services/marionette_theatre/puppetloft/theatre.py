"""The stage rigger: its cue tick runs every two minutes during the season."""

from __future__ import annotations

import asyncio
import logging

import kvbox
import stowage

from .gallery import FlyGalleryBox, raise_fly_gallery_box
from .repository import CueRepository, PuppetCue
from .services import CueHand
from .settings import RiggingSettings

log = logging.getLogger(__name__)


class StageRigger:
    def __init__(self, settings: RiggingSettings, gallery: FlyGalleryBox, repo: CueRepository) -> None:
        self.settings = settings
        self.gallery = gallery
        self.repo = repo
        self._hand_task: asyncio.Task[None] | None = None

    async def cue_tick(self) -> None:
        hand = CueHand(self.gallery, self.repo)
        queue: asyncio.Queue[PuppetCue | None] = asyncio.Queue()
        self._hand_task = asyncio.create_task(hand.work_cues(queue))
        for cue in await self.repo.pending_puppet_cues():
            await queue.put(cue)
        await queue.put(None)
        await queue.join()
        if hand.flown:
            await self.gallery.fetch("/rail/lock", method="POST", json={"cues": hand.flown})
        await self.gallery.fetch("/counterweights/report", method="GET")
        if await self.repo.marionettes_mid_restringing():
            await self.gallery.fetch("/rail/restringing", method="GET")
        await self.load_in_if_due()

    async def load_in_if_due(self) -> None:
        if not await self.repo.new_production_load_in():
            return
        log.info("loading in %s on %s", self.settings.production, self.settings.stage)
        await self.gallery.set_env_var("PUPPETLOFT_PRODUCTION", self.settings.production)


async def open_theatre(stage: str) -> StageRigger:
    settings = RiggingSettings.from_env(stage)
    db = await stowage.connect_async(settings.dsn)
    repo = CueRepository(db, kvbox.AsyncCache(settings.cache_url), settings.stage)
    gallery = raise_fly_gallery_box(settings.stage)
    log.info("theatre open on %s", stage)
    return StageRigger(settings, gallery, repo)
