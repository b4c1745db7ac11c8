"""The works database: transfers, crews and alerts."""

from __future__ import annotations

from dataclasses import dataclass

import kvbox
import stowage


@dataclass(frozen=True)
class BrineTransfer:
    from_pan: str
    to_pan: str
    volume_m3: int
    urgent: bool


@dataclass(frozen=True)
class HarvestCrew:
    crew: str
    ready: bool


class SalternWorks:
    def __init__(self, db: stowage.AsyncDatabase) -> None:
        self._db = db

    async def tide_gates_open(self) -> bool:
        return await self._db.fetch_value("SELECT count(*) FROM gates WHERE open") > 0

    async def brine_transfers(self) -> list[BrineTransfer]:
        rows = await self._db.fetch_all("SELECT from_pan, to_pan FROM transfers WHERE done = false")
        return [BrineTransfer(r["from_pan"], r["to_pan"], 120, False) for r in rows]

    async def harvest_crews(self) -> list[HarvestCrew]:
        return [HarvestCrew(r["crew"], True) for r in await self._db.fetch_all("SELECT crew FROM shifts WHERE on_site")]

    async def pan_alerts(self) -> list[str]:
        return [r["pan"] for r in await self._db.fetch_all("SELECT pan FROM alerts WHERE cleared = false")]


async def evaporation_survey_due(cache: kvbox.AsyncCache) -> bool:
    return await cache.get("saltern:evaporation-survey") is not None
