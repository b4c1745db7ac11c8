"""Scheduled jobs: ``tend_caves`` runs every ten minutes."""

from __future__ import annotations

import dataclasses
import logging

from . import runtime
from .caves import CaveSnapshot
from .ledger import mite_inspection_due
from .routines import ROUTINES, TURNING, cave_links

log = logging.getLogger(__name__)


async def tend_caves() -> None:
    async for link in cave_links():
        for name, routine in ROUTINES.items():
            log.debug("%s in %s", name, link.cave)
            await routine(link)

    misted = dataclasses.replace(runtime.CAVES["north"], humidity=0.97)
    await misted.controller.fetch("/mist", method="POST", json={"rh": misted.humidity})  # expect: WC001

    ledger = runtime.ledger()
    queues = (await ledger.wheels_to_grade(), await ledger.orders_to_pack())
    snapshot = CaveSnapshot(turning=await ledger.wheels_need_turning(), backlog=sum(len(q) for q in queues))
    match snapshot:
        case CaveSnapshot(turning=True):
            async for link in cave_links():
                for routine in TURNING.values():
                    await routine(link)
        case CaveSnapshot(backlog=0):
            await runtime.CAVES["south"].controller.fetch("/caves/rest", method="POST")  # expect: WC001
        case _:
            await runtime.CAVES["south"].controller.fetch("/packing/wake", method="POST")

    if await mite_inspection_due(runtime.cache()):
        first = await anext(cave_links())
        await first.controller.set_env_var("MITE_INSPECTION", "scheduled")  # expect: WC002
