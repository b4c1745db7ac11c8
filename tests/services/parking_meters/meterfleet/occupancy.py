"""Occupancy publishing and zone refreshes: both only matter while meters have sessions."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .poller import MeterFleetPoller

log = logging.getLogger(__name__)


class OccupancyPublisher:
    """Publishes occupancy through the poller's gateway; reads the poller's view of activity."""

    def __init__(self, poller: MeterFleetPoller) -> None:
        self.poller = poller

    async def publish(self) -> None:
        for zone in self.poller.settings.zones:
            await self._collect(zone)

    async def _collect(self, zone: str) -> None:
        await self._emit(zone, {"zone": zone})

    async def _emit(self, zone: str, body: dict[str, Any]) -> None:
        if not self.poller._busy:
            return
        body["occupied"] = await self.poller.repo.occupancy(zone)
        await self.poller.gateway.fetch(f"/zones/{zone}/occupancy", method="PUT", json=body)


class ZoneRefresher:
    def __init__(self, gateway: Any, zones: tuple[str, ...]) -> None:
        self.gateway = gateway
        self.zones = zones
        self.active = True  # until a tick says otherwise

    async def refresh(self) -> int:
        refreshed = 0
        for zone in self.zones:
            refreshed += await self._refresh_zone(zone)
        return refreshed

    async def _refresh_zone(self, zone: str) -> int:
        if self.active:
            await self.gateway.fetch(f"/zones/{zone}/refresh", method="POST")
            return 1
        return 0
