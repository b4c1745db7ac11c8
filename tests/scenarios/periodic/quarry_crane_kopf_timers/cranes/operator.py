import asyncio
import logging

import kopf

from cranes.api import crane_api

log = logging.getLogger(__name__)


@kopf.timer("quarrycranes", interval=30.0)
async def sample_load_cells(name, spec, **kwargs):
    cells = await crane_api().load_cells(name)  # expect: WC001
    log.info("crane %s cells %s", name, cells)


@kopf.daemon("quarrycranes")
async def watch_wind(name, stopped, **kwargs):
    api = crane_api()
    await api.load_cells(name)
    while not stopped:
        await api.load_cells("anemometer")  # expect: WC001
        await asyncio.sleep(20)
