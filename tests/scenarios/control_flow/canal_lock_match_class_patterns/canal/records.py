"""The lock keeper's records and the snapshot the alarm decides on."""

from __future__ import annotations

from dataclasses import dataclass

import kvbox
import stowage


@dataclass(frozen=True)
class LockSnapshot:
    has_traffic: bool
    queued_boats: int
    gate_fault: bool


@dataclass(frozen=True)
class WaterLevels:
    __match_args__ = ("upper_m", "lower_m")

    upper_m: float
    lower_m: float


class LockRecords:
    def __init__(self, db: stowage.AsyncDatabase) -> None:
        self._db = db

    async def boats_waiting(self) -> bool:
        return await self._db.fetch_value("SELECT count(*) FROM lock_queue WHERE passed = false") > 0

    async def passage_bookings(self) -> list[str]:
        return [r["boat"] for r in await self._db.fetch_all("SELECT boat FROM bookings WHERE passage_at > now()")]

    async def gate_fault_reported(self) -> bool:
        return await self._db.fetch_one("SELECT 1 FROM faults WHERE component = 'gate' AND open") is not None

    async def snapshot(self) -> LockSnapshot:
        return LockSnapshot(
            has_traffic=await self.boats_waiting(),
            queued_boats=len(await self.passage_bookings()),
            gate_fault=await self.gate_fault_reported(),
        )


async def paddle_survey_due(cache: kvbox.AsyncCache) -> bool:
    return await cache.get("canal:paddle-survey") is not None
