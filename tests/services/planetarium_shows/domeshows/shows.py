"""The show runners, one coroutine function per show kind."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from .projector import DomeProjectorBox
from .repository import ShowKind, ShowSlot

log = logging.getLogger(__name__)

ShowRunner = Callable[[DomeProjectorBox, ShowSlot], Awaitable[None]]


async def run_fulldome(projector: DomeProjectorBox, slot: ShowSlot) -> None:
    log.info("fulldome film %s", slot.title)
    await projector.command("/playlist/load", json={"slot": slot.slot_id, "title": slot.title})


async def run_laser(projector: DomeProjectorBox, slot: ShowSlot) -> None:
    log.info("laser show %s", slot.title)
    await projector.command("/laser/arm", json={"slot": slot.slot_id})


async def run_lecture(projector: DomeProjectorBox, slot: ShowSlot) -> None:
    log.info("live sky lecture %s", slot.title)
    await projector.command("/sky/tonight", json={"slot": slot.slot_id})


async def run_ambient(projector: DomeProjectorBox, slot: ShowSlot) -> None:
    log.debug("ambient starfield on the dome")
    await projector.command("/sky/ambient", json={"loop": slot.title})


SHOW_RUNNERS: dict[ShowKind, ShowRunner] = {
    "fulldome": run_fulldome,
    "laser": run_laser,
    "lecture": run_lecture,
    "ambient": run_ambient,
}
