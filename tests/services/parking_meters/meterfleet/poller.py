"""The fleet poller; its tick runs every minute."""

from __future__ import annotations

import logging
from typing import Any

from .enforcement import DailyDigest, EnforcementSweep
from .occupancy import OccupancyPublisher, ZoneRefresher
from .repository import MeterRepository, tariff_change_effective
from .settings import FleetSettings

log = logging.getLogger(__name__)


class MeterFleetPoller:
    def __init__(self, settings: FleetSettings, repo: MeterRepository, gateway: Any) -> None:
        self.settings = settings
        self.repo = repo
        self.gateway = gateway
        self._busy = True  # assume sessions until the first tick has looked
        self.publisher = OccupancyPublisher(self)
        self.zones = ZoneRefresher(gateway, settings.zones)
        self.enforcement = EnforcementSweep(gateway, ("a1", "b4"))
        self.digest = DailyDigest(gateway, busy=self._busy)

    async def tick(self) -> None:
        self._busy = await self.repo.meters_have_sessions()
        self.zones.active = self._busy
        busy = self._busy
        await self.publisher.publish()
        await self.zones.refresh()
        await self.enforcement.sweep(busy)
        await self.reboot_offline()
        await self.settle_citations()
        await self.apply_tariffs()
        await self.digest.maybe_send()

    async def reboot_offline(self) -> None:
        for meter_id in await self.repo.offline_meters():
            await self.gateway.fetch(f"/meters/{meter_id}/reboot", method="POST")

    async def settle_citations(self) -> None:
        for citation in await self.repo.unpaid_citations():
            await self.gateway.fetch(f"/citations/{citation.citation_id}/remind", method="POST")

    async def apply_tariffs(self) -> None:
        if await tariff_change_effective(self.repo.cache, self.settings.city):
            await self.gateway.set_env_var("TARIFF_TABLE", "effective")
