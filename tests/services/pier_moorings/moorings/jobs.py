"""Jobs the start-up producer queues for the poller, and the prober's pings."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from .harbour import HarbourClient, harbour_box

log = logging.getLogger(__name__)


class BuoySilent(Exception):
    """A buoy did not answer its ping."""


@dataclass
class RollCall:
    """Announces this monitor to the buoy box once per boot."""

    region: str

    async def run(self) -> None:
        await harbour_box().fetch("/rollcall", method="PUT", json={"region": self.region})


@dataclass
class BuoyCalibration:
    buoy_id: str
    berth: str

    async def run(self) -> None:
        await harbour_box().fetch(HarbourClient.buoy_path(self.buoy_id, "calibrate"), method="POST", json={"berth": self.berth})


MarinaJob = RollCall | BuoyCalibration


class BuoyProber:
    def __init__(self, region: str) -> None:
        self.region = region

    async def probe(self, buoy_id: str) -> str:
        log.debug("pinging %s at %s", buoy_id, harbour_box().pier_name())
        return await self._ping(buoy_id)

    async def _ping(self, buoy_id: str) -> str:
        reply = await harbour_box().fetch(HarbourClient.buoy_path(buoy_id, "ping"), method="GET")
        if not reply.ok:
            raise BuoySilent(buoy_id)
        return buoy_id
