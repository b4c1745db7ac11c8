import asyncio
import logging

from dispatch import settings
from dispatch.repository import ShipmentRepository

log = logging.getLogger(__name__)
repo = ShipmentRepository()


def has_unsent_shipments():
    return bool(_unsent)


_unsent = set()


async def run_dispatch_poller():
    while True:
        log.info("pool size %s", repo.pool_size())
        for row in await repo.queued(50):
            await repo.claim(row["id"])
        if has_unsent_shipments():
            log.info("unsent: %s", await repo.unsent_count())
        await asyncio.sleep(settings.POLL_SECONDS)


async def run_backlog_gauge():
    from dispatch.app import app

    while True:
        pool = app.state.reporting
        depth = await pool.fetchval("SELECT count(*) FROM shipments")  # expect: WC001
        log.info("backlog %s", depth)
        await asyncio.sleep(30)
