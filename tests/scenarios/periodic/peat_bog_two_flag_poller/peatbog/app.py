"""Start-up: open the pool, start the rota as a task and the watchdog as a thread."""
import asyncio
import logging

from peatbog.rota import CuttingRota
from peatbog.store import open_bog_pool
from peatbog.watchdog import MoistureWatchdog

log = logging.getLogger(__name__)


async def main(sensors):
    await open_bog_pool()
    MoistureWatchdog(sensors).start()
    rota = CuttingRota()
    task = asyncio.create_task(rota.run())
    log.info("peat bog up")
    await task
