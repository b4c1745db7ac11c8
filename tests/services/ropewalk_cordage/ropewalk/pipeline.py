"""The async pipelines: bale and probe generators, the cord-job queue."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from typing import Any

from .items import CordJob, SpinItem, SpliceJob, TarDipJob, WalkProbe
from .ledger import RopeLedger

log = logging.getLogger(__name__)


async def bale_items(ledger: RopeLedger, box: Any) -> AsyncIterator[SpinItem]:
    """Unspun bales, each with the twister that spins it; the bale cursor is always closed."""
    try:
        for bale in await ledger.hemp_bales_unspun():
            yield SpinItem(bale, box)
    finally:
        await box.fetch("/bales/cursor", method="DELETE")


async def walk_probes(ledger: RopeLedger, box: Any) -> AsyncIterator[WalkProbe]:
    """A heartbeat probe always; a strain probe only while strands are on the walk."""
    yield WalkProbe("heartbeat", box)
    if await ledger.strands_on_the_walk():
        yield WalkProbe("strain", box)


async def queue_cord_jobs(queue: asyncio.Queue[CordJob], ledger: RopeLedger, box: Any, batch: int) -> int:
    queued = 0
    for order in await ledger.pending_splices(batch):
        queue.put_nowait(SpliceJob(order, box))
        queued += 1
    if await ledger.strands_on_the_walk():
        await queue.put(TarDipJob(queued, box))
        queued += 1
    log.debug("%d cord jobs queued", queued)
    return queued


async def drain_cord_jobs(queue: asyncio.Queue[CordJob]) -> int:
    done = 0
    while not queue.empty():
        job = queue.get_nowait()
        if isinstance(job, TarDipJob):
            await job.box.fetch("/tar/dip", method="POST", json={"strands": job.strand_count})
        else:
            await job.box.fetch(f"/splices/{job.order.splice_id}", method="POST", json={"length_m": job.order.length_m})
        queue.task_done()
        done += 1
    return done
