"""The haul rope: its seasonal re-tensioning."""

from __future__ import annotations

import asyncio
import logging

import sensorlink

from .repository import CabinLedger
from .settings import RopewaySettings
from .station import DriveStationLink

log = logging.getLogger(__name__)


class HaulRopeKeeper:
    def __init__(self, client: DriveStationLink, ledger: CabinLedger, hub: sensorlink.SensorHub,
                 settings: RopewaySettings) -> None:
        self.client = client
        self.ledger = ledger
        self.hub = hub
        self.settings = settings

    async def retension_if_due(self) -> None:
        if not await self.ledger.haul_rope_retension_due():
            return
        try:
            tension_kn = await asyncio.wait_for(self.hub.settle("haul-rope/tension"), timeout=self.settings.tension_timeout_s)
        except asyncio.TimeoutError:
            log.error("tension gauge on %s silent; stopping the line", self.settings.line)
            await self.client.stop_line("tension gauge silent during re-tensioning")
            return
        await self.client.retension_rope(self.settings.target_tension_kn - tension_kn)
        log.info("haul rope re-tensioned from %.1f kN", tension_kn)
