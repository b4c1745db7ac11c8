"""Humidity probes, misting valves and shade cloth motors."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from .boxes import BenchBoxes
from .notifiers import GrowerNotifier
from .repository import GreenhouseRepository, ZoneRow

log = logging.getLogger(__name__)


class ProbeUnreachable(Exception):
    """The primary probe bus did not answer for a zone."""


@dataclass(frozen=True)
class ProbeReading:
    zone_id: str
    via: str
    fresh: bool


class ClimateService:
    def __init__(self, repo: GreenhouseRepository, notifier: GrowerNotifier, gate: asyncio.Semaphore) -> None:
        self.repo = repo
        self.notifier = notifier
        self._gate = gate

    async def read_probes(self, zones: dict[str, ZoneRow]) -> dict[str, ProbeReading]:
        readings = await asyncio.gather(*[self._read_probe(zone) for zone in zones.values()])
        return {zone_id: reading for zone_id, reading in zip(zones, readings)}

    async def _read_probe(self, zone: ZoneRow) -> ProbeReading:
        async with self._gate:
            try:
                reply = await BenchBoxes.for_role("probes").fetch(f"/probes/{zone.probe_serial}/humidity")
                if not reply.ok:
                    raise ProbeUnreachable(zone.zone_id)
                return ProbeReading(zone.zone_id, "primary", True)
            except ProbeUnreachable:
                log.warning("probe %s unreachable on the primary bus; trying the backup", zone.probe_serial)
                reply = await BenchBoxes.for_role("probes-backup").fetch(f"/probes/{zone.probe_serial}/humidity", bus="backup")
        await self.notifier.announce(zone.zone_id, "humidity probe read over the backup bus")
        return ProbeReading(zone.zone_id, "backup", reply.ok)

    async def poll_shade_motors(self) -> None:
        async with self._gate:
            await BenchBoxes.for_role("shade").fetch("/shade/position")

    async def mist_dry_zones(self, readings: dict[str, ProbeReading]) -> int:
        if not await self.repo.orchid_misting_cycle_running():
            return 0
        dry = [zone_id for zone_id, reading in readings.items() if reading.fresh and reading.via == "primary"]
        for zone_id in dry:
            async with self._gate:
                await BenchBoxes.for_role("misting").fetch(f"/misting/{zone_id}/valve", method="PUT", json={"open": True})
        return len(dry)

    async def switch_shade_schedule(self, season: str) -> None:
        async with self._gate:
            await BenchBoxes.for_role("shade").fetch("/shade/schedule", method="PUT", json={"season": season})
        await self.notifier.announce("*", f"shade cloth schedule switched to {season}")
