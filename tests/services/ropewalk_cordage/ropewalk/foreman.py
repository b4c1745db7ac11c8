"""The foreman and open_ropewalk(); the plant ticks the foreman every quarter of a shift."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import kvbox
import stowage

from .items import CordJob
from .ledger import RopeLedger
from .pipeline import bale_items, drain_cord_jobs, queue_cord_jobs, walk_probes
from .settings import RopewalkSettings
from .twister import SpindleSession, summon_twister_box

log = logging.getLogger(__name__)


class RopewalkForeman:
    def __init__(self, settings: RopewalkSettings, ledger: RopeLedger, box: Any) -> None:
        self.settings = settings
        self.ledger = ledger
        self.box = box
        self.shifts = 0

    async def shift_tick(self) -> None:
        self.shifts += 1
        spun = await self.spin_bales()
        await self.probe_walk()
        queue: asyncio.Queue[CordJob] = asyncio.Queue()
        queued = await queue_cord_jobs(queue, self.ledger, self.box, self.settings.splice_batch)
        drained = await drain_cord_jobs(queue)
        twisted = await self.twist_strands()
        await self.reline_kettle()
        await self.lay_rope()
        log.info("shift %d: %d spun, %d/%d cord jobs, %d twisted", self.shifts, spun, drained, queued, twisted)
        if not await self.ledger.record_shift(self.shifts, twisted):
            log.warning("shift %d left out of the ledger", self.shifts)

    async def spin_bales(self) -> int:
        spun = 0
        async for item in bale_items(self.ledger, self.box):
            await item.box.fetch(f"/bales/{item.bale.bale_id}/spin", method="POST", json={"grade": item.bale.grade})
            spun += 1
        return spun

    async def probe_walk(self) -> None:
        probes = walk_probes(self.ledger, self.box)
        first = await anext(probes, None)
        if first is not None:
            await first.box.fetch(f"/walk/{first.kind}")
        second = await anext(probes, None)
        if second is not None:
            await second.box.fetch(f"/walk/{second.kind}/gauge", method="POST")

    async def twist_strands(self) -> int:
        orders = await self.ledger.strand_orders()
        if not orders:
            return 0
        async with SpindleSession(self.box, self.settings.walk) as spindles:
            await asyncio.gather(*[spindles.twist(order) for order in orders])
        return spindles.twisted

    async def reline_kettle(self) -> None:
        if not await self.ledger.tar_kettle_relining_due():
            return
        try:
            await asyncio.wait_for(self.box.fetch("/kettle/reline", method="POST"), timeout=self.settings.kettle_timeout)
        except asyncio.TimeoutError:
            log.warning("kettle relining on %s timed out", self.settings.walk)

    async def lay_rope(self) -> None:
        if not await self.ledger.strands_on_the_walk():
            log.debug("nothing on the walk at %s", self.settings.walk)
            return
        await self.box.fetch("/walk/lay", method="POST", json={"walk": self.settings.walk})


async def open_ropewalk(walk: str) -> RopewalkForeman:
    settings = RopewalkSettings.from_env(walk)
    ledger = RopeLedger(await stowage.connect_async(settings.dsn), kvbox.AsyncCache(settings.cache_url), walk)
    box = summon_twister_box(walk)
    log.info("twister %s on %s", box.twister_serial(), walk)
    return RopewalkForeman(settings, ledger, box)
