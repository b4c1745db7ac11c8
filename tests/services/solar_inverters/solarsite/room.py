"""A solar site's room; the platform fires its alarm every five minutes."""

from __future__ import annotations

import logging
from typing import Any

import kvbox
import stowage

from .base import SiteRoomBase
from .gateway import ExportLink, checkout_inverter_box
from .mixins import RedundancyMixin, TelemetryMixin
from .plant import PlantRecords, grid_code_revised
from .settings import SiteSettings

log = logging.getLogger(__name__)


class InverterSiteRoom(TelemetryMixin, RedundancyMixin, SiteRoomBase):
    def __init__(self, settings: SiteSettings, plant: PlantRecords, cache: kvbox.AsyncCache,
                 standby: Any = None) -> None:
        super().__init__(standby)
        self.settings = settings
        self.plant = plant
        self.cache = cache
        self.site_name = settings.site

    async def alarm(self) -> None:
        await self.run_cycle()
        await self.exercise_spare()
        await self.probe_standby()
        await self.flush_export()
        await self.reset_tripped()
        await self.apply_grid_code()

    async def before_cycle(self) -> None:
        await super().before_cycle()
        await self.push_telemetry({"irradiance": await self.plant.irradiance()})

    async def cycle_body(self) -> None:
        if not await self.plant.site_exporting_power():
            return
        self._export_link = ExportLink(self.box, self.settings.export_limit_kw)
        await self._export_link.open()

    async def flush_export(self) -> None:
        if self._export_link is not None:
            await self._export_link.flush()

    async def reset_tripped(self) -> None:
        for tripped in await self.plant.tripped_strings():
            await self.box.fetch(f"/inverters/{tripped.inverter}/strings/{tripped.string_id}/reset", method="POST")

    async def apply_grid_code(self) -> None:
        if await grid_code_revised(self.cache):
            await self.box.set_env_var("GRID_CODE", "revised")


async def open_site(site: str) -> InverterSiteRoom:
    settings = SiteSettings.for_site(site)
    plant = PlantRecords(await stowage.connect_async(settings.dsn))
    room = InverterSiteRoom(settings, plant, kvbox.AsyncCache(settings.cache_url))
    room.attach(checkout_inverter_box(site), checkout_inverter_box(site, role="spare"))
    return room
