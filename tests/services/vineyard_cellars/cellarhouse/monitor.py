"""The cellar monitor: its patrol runs every ten minutes."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import kvbox
import stowage

from .boxes import borrowed_cellar_box
from .ledger import CellarLedger, PatrolSnapshot
from .mixins import CellarRoutineBase, RackingWatchMixin
from .settings import CellarSettings
from .work import ToppingCrew, topping_rounds

log = logging.getLogger(__name__)


class CellarMonitor(RackingWatchMixin, CellarRoutineBase):
    def __init__(self, settings: CellarSettings, ledger: CellarLedger, crew: ToppingCrew) -> None:
        super().__init__(settings, ledger)
        self.crew = crew
        self._racking_underway = False

    async def patrol(self) -> None:
        self._racking_underway = await self.ledger.cellar_racking_underway()
        ambient, *barrel_probes = self.settings.probe_ids
        async with borrowed_cellar_box(self.settings.region, "probes") as box:
            await self._read_ambient(box, ambient)
            readings = await asyncio.gather(*[self._read_barrel_probe(box, probe) for probe in barrel_probes])
        topped = 0
        async with borrowed_cellar_box(self.settings.region, "topping") as box:
            async for job in topping_rounds(self.ledger, self.settings.topping_litres):
                if await self.crew.top_up(box, job):
                    topped += 1
        await self._sync_racking_progress()
        if await self.ledger.vintage_blending_day():
            await self._assemble_blends()
        snapshot = PatrolSnapshot(self._racking_underway, topped, len(readings) + 1)
        await self._report(snapshot)

    async def _read_ambient(self, box: Any, probe: str) -> None:
        await box.fetch(f"/probes/{probe}/reading")
        if await self.ledger.probe_alarm_raised(probe):
            await box.fetch(f"/probes/{probe}/alarm", method="POST")

    async def _read_barrel_probe(self, box: Any, probe: str) -> str:
        await box.fetch(f"/probes/{probe}/reading")
        return probe

    async def _assemble_blends(self) -> None:
        async with borrowed_cellar_box(self.settings.region, "blending") as box:
            await box.fetch("/blends/assemble", method="POST")

    async def _report(self, snapshot: PatrolSnapshot) -> None:
        racking, *tallies = snapshot
        topped, probes_read = tallies
        log.info("patrol: racking=%s topped=%d probes=%d", racking, topped, probes_read)
        if topped:
            async with borrowed_cellar_box(self.settings.region, "ledger") as box:
                await box.fetch("/topping/summary", method="POST", json={"topped": topped})


async def start_cellar_monitor(region: str) -> CellarMonitor:
    settings = CellarSettings.from_env(region)
    db = await stowage.connect_async(settings.dsn)
    ledger = CellarLedger(db, kvbox.AsyncCache(settings.cache_url), settings.region)
    log.info("cellar monitor for %s with probes %s", region, ", ".join(settings.probe_ids))
    return CellarMonitor(settings, ledger, ToppingCrew(ledger))
