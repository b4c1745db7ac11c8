"""The vault's services: drum leases and readers, the GPS clock, the swarm and calibration desks."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from types import TracebackType

from .boxes import SeismoVaultBox, VaultReplyError
from .repository import TraceCatalogue, TraceWindow

log = logging.getLogger(__name__)


@dataclass
class SeismicTrace:
    window: TraceWindow
    samples_path: str


class DrumLease:
    """Holds one station's drum recorder while windows are read off it.

    Entering costs nothing; the drum is released on the box only if a window was read."""

    def __init__(self, box: SeismoVaultBox, station: str) -> None:
        self.box = box
        self.station = station
        self.windows_read = 0

    async def __aenter__(self) -> DrumLease:
        log.debug("leasing the drum of %s", self.station)
        return self

    async def read(self, window: TraceWindow) -> SeismicTrace:
        await self.box.fetch(f"/drums/{self.station}/windows/{window.window_id}", method="GET")
        self.windows_read += 1
        return SeismicTrace(window, f"/traces/{self.station}/{window.channel}/{window.window_id}.mseed")

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> bool:
        if self.windows_read:
            await self.box.fetch(f"/drums/{self.station}/release", method="POST", json={"windows": self.windows_read})
        return False


class StationDrumReader:
    def __init__(self, station: str, box: SeismoVaultBox, catalogue: TraceCatalogue) -> None:
        self.station = station
        self.box = box
        self.catalogue = catalogue

    async def trace_windows(self, calibrating: bool) -> AsyncIterator[SeismicTrace]:
        windows = list(await self.catalogue.unfiled_trace_windows(self.station))
        if calibrating:
            windows.append(TraceWindow(self.station, "calibration-pulse", channel="BHZ"))
        async with DrumLease(self.box, self.station) as lease:
            for window in windows:
                yield await lease.read(window)

    async def drain(self, calibrating: bool) -> int:
        filed = 0
        async for trace in self.trace_windows(calibrating):
            await self.catalogue.mark_filed(trace.window)
            filed += 1
        log.info("station %s: %d windows filed", self.station, filed)
        return filed


class VaultClock:
    """Keeps the vault's drum clocks on GPS time."""

    def __init__(self, box: SeismoVaultBox, site: str) -> None:
        self.box = box
        self.site = site

    async def sync(self) -> bool:
        synced = False
        for attempt in range(3):
            try:
                reply = await self.box.fetch("/clock/gps-sync", method="POST", json={"site": self.site})
                if not reply.ok:
                    raise VaultReplyError(f"clock sync answered {reply.status}")
                synced = True
                break
            except VaultReplyError as exc:
                log.warning("clock sync attempt %d failed: %s", attempt + 1, exc)
                await asyncio.sleep(0)
        if not synced:
            await self.box.fetch("/clock/drift-alarm", method="POST", json={"site": self.site})
        return synced


class SwarmDesk:
    def __init__(self, box: SeismoVaultBox, sample_hz: int) -> None:
        self.box = box
        self.sample_hz = sample_hz

    async def raise_sample_rate(self) -> None:
        log.info("swarm underway: drums to %d Hz", self.sample_hz)
        await self.box.fetch("/drums/sample-rate", method="PUT", json={"hz": self.sample_hz})


class CalibrationDesk:
    def __init__(self, box: SeismoVaultBox, site: str) -> None:
        self.box = box
        self.site = site

    async def stamp_epoch(self) -> None:
        log.info("recalibrating the seismometers at %s", self.site)
        await self.box.set_env_var("SEISMO_CALIBRATION_EPOCH", f"{self.site}-recalibrated")
