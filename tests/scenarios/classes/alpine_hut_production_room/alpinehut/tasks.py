"""The hut's tasks; ``@hut_task`` registers each when this module is imported."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from .register import avalanche_bulletin_changed
from .sessions import generator_running, radio_session

if TYPE_CHECKING:
    from .room import AlpineHutRoom

log = logging.getLogger(__name__)

HutTask = Callable[["AlpineHutRoom"], Awaitable[None]]
HUT_TASKS: list[HutTask] = []


def hut_task(func: HutTask) -> HutTask:
    HUT_TASKS.append(func)
    return func


@hut_task
async def report_to_valley(room: AlpineHutRoom) -> None:
    async with radio_session(room.radio) as radio:
        await radio.fetch("/radio/position-report", method="POST")  # expect: WC001


@hut_task
async def read_snow_stakes(room: AlpineHutRoom) -> None:
    await asyncio.gather(*[stake.fetch("/snow/depth") for stake in room.snow_stakes.values()])  # expect: WC001


@hut_task
async def log_battery(room: AlpineHutRoom) -> None:
    await room.utility_post("/battery/log")


@hut_task
async def warm_dormitory(room: AlpineHutRoom) -> None:
    if not room.occupied:
        return
    async with generator_running(room.utility):
        await room.heating.fetch("/dormitory/heat", method="POST")
        await room.utility_meter("water")


@hut_task
async def receive_supplies(room: AlpineHutRoom) -> None:
    drops = await room.register.supply_drops_pending()
    await asyncio.gather(*(room.helipad.fetch(f"/drops/{drop.drop_id}/lights") for drop in drops))


@hut_task
async def relay_bulletin(room: AlpineHutRoom) -> None:
    if await avalanche_bulletin_changed(room.cache):
        await room.radio.set_env_var("AVALANCHE_LEVEL", "changed")  # expect: WC002
