"""Soaks each pending batch; waits for one when there is none (the fix for the every-minute poll)."""
import asyncio
import logging

from tannery import vat_state
from tannery.db import vat_pool
from tannery.vat_state import _pending_batches

log = logging.getLogger(__name__)


class VatQueue:
    async def wait_for_batches(self) -> None:
        await vat_state._batch_ready.wait()
        vat_state._batch_ready.clear()


class VatScheduler:
    def __init__(self) -> None:
        self.queue = VatQueue()

    async def run(self) -> None:
        pool = vat_pool()
        for row in await pool.fetch("SELECT id FROM batches WHERE soaked_at IS NULL"):
            _pending_batches.add(row["id"])
        while True:
            await self.queue.wait_for_batches()
            await self.soak_pending(pool)
            await asyncio.sleep(5)

    async def soak_pending(self, pool) -> None:
        if not _pending_batches:
            return
        batch = _pending_batches.pop()
        await pool.execute("UPDATE batches SET soaked_at = now() WHERE id = $1", batch)
        log.info("soaked %s", batch)


class VatAuditor:
    """Counts the vats every ten minutes whether or not anything is soaking: the control."""

    async def run(self) -> None:
        pool = vat_pool()
        while True:
            await pool.fetchval("SELECT count(*) FROM vats")  # expect: WC001
            if _pending_batches:
                await pool.execute("UPDATE vats SET audited_at = now()")
            await asyncio.sleep(600)
