"""The per-studio kiln room: the platform runs its alarm every few minutes."""

from __future__ import annotations

import logging

import kvbox

from .base import KilnRoomBase
from .boxes import open_kiln_box
from .repo import FiringRepository, cone_calibration_due
from .settings import KilnSettings

log = logging.getLogger(__name__)


class GlazeKilnRoom(KilnRoomBase):
    studio = "glaze"

    def __init__(self, settings: KilnSettings, repo: FiringRepository, cache: kvbox.AsyncCache) -> None:
        box = open_kiln_box(settings)
        log.info("kiln room for %s", settings.box_image)
        self._kiln_box = box
        self.settings = settings
        self.repo = repo
        self.cache = cache

    async def alarm(self) -> None:
        log.debug("kiln alarm on %s", self.controller_label())
        await self._report_heartbeat()
        if await self.repo.kiln_has_firings():
            await self._push_firing_schedule(self.settings.peak_cone)
        for batch in await self.repo.queued_glazes():
            await self._load_glaze(batch.batch_id, batch.recipe)
            await self.repo.mark_loaded(batch.batch_id)
        if await cone_calibration_due(self.cache):
            await self._recalibrate_cones()
