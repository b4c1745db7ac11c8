"""The cue hand: a worker coroutine that flies each queued cue."""

from __future__ import annotations

import asyncio
import logging

from .gallery import FlyGalleryBox
from .repository import CueRepository, PuppetCue

log = logging.getLogger(__name__)


class CueHand:
    """Takes cues off the queue until it finds the ``None`` sentinel."""

    def __init__(self, gallery: FlyGalleryBox, repo: CueRepository) -> None:
        self.gallery = gallery
        self.repo = repo
        self.flown = 0

    async def work_cues(self, queue: asyncio.Queue[PuppetCue | None]) -> None:
        while True:
            cue = await queue.get()
            try:
                if cue is None:
                    log.debug("cue hand stands down after %d cues", self.flown)
                    return
                await self.fly(cue)
            finally:
                queue.task_done()

    async def fly(self, cue: PuppetCue) -> None:
        log.info("flying %s to %d cm", cue.label, cue.trim_height)
        await self.gallery.fetch(f"/battens/{cue.batten}/fly", method="POST", json={"trim": cue.trim_height})
        self.flown += 1
        await self.repo.mark_flown(cue)
