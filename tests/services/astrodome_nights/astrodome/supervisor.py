"""The dome supervisor; the observatory fires its night tick every ten minutes."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import kvbox
import stowage

from . import mounts  # noqa: F401  (registers the mount instruments)
from .boxes import lease_astrodome_box
from .instruments import DomeInstrument
from .nightlog import LightFrame, NightLog
from .settings import DomeSettings

log = logging.getLogger(__name__)


class AstrodomeSupervisor:
    def __init__(self, settings: DomeSettings, night: NightLog) -> None:
        self.settings = settings
        self.night = night
        self._box: Any = None
        self._lock = asyncio.Lock()
        self._beacon: asyncio.Task[None] | None = None

    @property
    def box(self) -> Any:
        return self._box

    @box.setter
    def box(self, value: Any) -> None:
        log.info("supervisor at %s rebound to a new box", self.settings.site)
        self._box = value

    async def night_tick(self) -> None:
        self._beacon = asyncio.create_task(self._send_beacon())
        async with asyncio.TaskGroup() as group:
            for slot, instrument_cls in DomeInstrument.slots.items():
                group.create_task(instrument_cls.from_settings(self.settings, self.box, self.night).cycle())
        await self.flush_frames()
        await self.refresh_catalog()
        await self._beacon

    async def _send_beacon(self) -> None:
        await self.box.fetch(self.settings.beacon_path, method="PUT", json={"site": self.settings.site})

    async def flush_frames(self) -> None:
        frames = await self.night.pending_light_frames()
        await asyncio.gather(*(self._upload_frame(frame) for frame in frames))

    async def _upload_frame(self, frame: LightFrame) -> None:
        await self.box.fetch(f"/frames/{frame.frame_id}", method="POST", json={"filter": frame.filter_name})

    async def refresh_catalog(self) -> None:
        async with self._lock:
            if await self.night.star_catalog_rolled():
                await self.box.set_env_var("STAR_CATALOG", "latest")


async def open_dome(site: str) -> AstrodomeSupervisor:
    settings = DomeSettings.from_env(site)
    db = await stowage.connect_async(settings.dsn)
    supervisor = AstrodomeSupervisor(settings, NightLog(db, kvbox.AsyncCache(settings.cache_url), site))
    box = lease_astrodome_box(site)
    log.info("dome %s at %s", box.dome_serial(), site)
    supervisor.box = box
    return supervisor
