"""The snowpack monitor: the platform ticks it every five minutes."""

from __future__ import annotations

import asyncio
import logging

from .hooks import build_actions, make_cornice_hook, make_ping_hook
from .probes import _state, probe_box
from .settings import SnowpackSettings
from .store import BulletinUnavailable, SnowpackStore
from .uploader import SoundingUploader

log = logging.getLogger(__name__)

_bulletin_failures = 0


class SnowpackMonitor:
    def __init__(self, settings: SnowpackSettings, store: SnowpackStore) -> None:
        self.settings = settings
        self.store = store
        self._uploader = SoundingUploader(probe_box(), settings.station)
        self._hooks = [make_ping_hook(probe_box(), settings.station), make_cornice_hook(store)]
        self._actions = build_actions()

    async def tick(self) -> None:
        await asyncio.gather(*(hook() for hook in self._hooks))
        _state.unsynced = await self.store.snowpack_has_unsynced_soundings()
        synced = await asyncio.wait_for(self.sync_soundings(), timeout=self.settings.sync_timeout)
        log.info("synced %d batches", synced)
        await asyncio.shield(self.checkpoint())
        await self.flush_sounding_cache()
        await self.refresh_bulletin()
        if await self.store.thaw_cycle_window():
            await self._actions["thaw"]()

    async def sync_soundings(self) -> int:
        if not await self.store.snowpack_has_unsynced_soundings():
            return 0
        return await self._uploader.upload_all()

    async def checkpoint(self) -> None:
        written = await self._uploader.write_marker("checkpoint")
        log.debug("checkpoint written: %d", written)

    async def flush_sounding_cache(self) -> None:
        async with self.store.db.transaction():
            if not _state.unsynced:
                return
            await probe_box().fetch("/soundings/flush", method="POST")

    async def refresh_bulletin(self) -> None:
        global _bulletin_failures
        try:
            level = await self.store.fetch_bulletin_level()
        except BulletinUnavailable:
            _bulletin_failures += 1
            await probe_box().fetch("/bulletin/fallback", method="POST")
            if _bulletin_failures >= self.settings.failure_reset_threshold:
                await probe_box().fetch("/bulletin/reset", method="POST")
                _bulletin_failures = 0
            return
        _bulletin_failures = 0
        _state.last_level = level
        log.info("danger level %d on %s", level, probe_box().station_code())
