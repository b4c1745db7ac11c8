"""The station's room: its alarm runs every twenty minutes."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Iterator
from typing import Any

import kvbox

from .readings import StationRecords, pending_melt, probe_firmware_window_open
from .settings import StationSettings
from .units import borehole_probes, open_field_unit

log = logging.getLogger(__name__)


class GlacierStationRoom:
    def __init__(self, settings: StationSettings, records: StationRecords, cache: kvbox.AsyncCache) -> None:
        self.settings = settings
        self.records = records
        self.cache = cache
        self.uplink = open_field_unit(settings, "uplink")
        self.radar = open_field_unit(settings, "radar")

    async def _uplink_session(self) -> AsyncIterator[Any]:
        await self.uplink.fetch("/uplink/wake")  # expect: WC001
        yield self.uplink
        await self.uplink.fetch("/uplink/sleep")

    async def _radar_frames(self) -> AsyncIterator[Any]:
        for depth in (10, 20, 40):
            yield await self.radar.fetch(f"/radar/sweep?depth={depth}")

    def _tilt_requests(self) -> Iterator[Awaitable[Any]]:
        for probe in borehole_probes(self.settings):
            yield probe.fetch("/tilt")  # expect: WC001

    async def alarm(self) -> None:
        for probe in borehole_probes(self.settings):
            await probe.fetch("/temperature")  # expect: WC001
        lead = next(borehole_probes(self.settings))
        await lead.fetch("/pressure")  # expect: WC001
        await asyncio.gather(*list(self._tilt_requests()))

        uplink = await anext(self._uplink_session())
        async for reading in pending_melt(self.records):
            await uplink.fetch(f"/melt/{reading.reading_id}", method="PUT")

        if await self.records.crevasse_survey_active():
            async for frame in self._radar_frames():
                log.info("radar frame %s", frame)

        if await probe_firmware_window_open(self.cache):
            probes = list(borehole_probes(self.settings))
            for probe in probes:
                await probe.set_env_var("PROBE_FIRMWARE", "next")  # expect: WC002
