"""The drive-station controller (the container) and the link the services talk through."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class DriveStationBox:
    """The platform's stub for the drive-station controller container."""

    async def gate(self, station: str, state: str) -> Any:
        raise NotImplementedError("bound by the platform")

    async def set_speed(self, fraction: float, reason: str) -> Any:
        raise NotImplementedError("bound by the platform")

    async def log_inspection(self, cabin_id: str, check: str, value: float) -> Any:
        raise NotImplementedError("bound by the platform")

    async def tension(self, delta_kn: float) -> Any:
        raise NotImplementedError("bound by the platform")

    async def halt(self, reason: str) -> Any:
        raise NotImplementedError("bound by the platform")

    def station_serial(self) -> str:
        raise NotImplementedError("bound by the platform")


def rig_drive_station(line: str) -> DriveStationBox:
    log.info("rigging the drive station of %s", line)
    return DriveStationBox()


class DriveStationLink:
    """Everything the ropeway asks of the drive station, one method per command."""

    def __init__(self, line: str) -> None:
        self.line = line
        self._box = rig_drive_station(line)

    def serial(self) -> str:
        return self._box.station_serial()

    async def sync_gate(self, station: str) -> None:
        await self._box.gate(station, "sync")

    async def close_gate(self, station: str) -> None:
        await self._box.gate(station, "closed")

    async def slow_line(self, cabin_id: str, sway_deg: float) -> None:
        await self._box.set_speed(0.5, reason=f"sway {sway_deg:.1f} deg on {cabin_id}")

    async def record_grip_test(self, cabin_id: str, grip_kn: float) -> None:
        await self._box.log_inspection(cabin_id, "grip", grip_kn)

    async def retension_rope(self, delta_kn: float) -> None:
        await self._box.tension(delta_kn)

    async def stop_line(self, reason: str) -> None:
        await self._box.halt(reason)
