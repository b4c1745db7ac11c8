"""Per-cave routines, by name; the table is filled when this module is imported."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable

from . import runtime
from .caves import CaveLink

Routine = Callable[[CaveLink], Awaitable[None]]


async def check_humidity(link: CaveLink) -> None:
    await link.controller.fetch("/humidity")  # expect: WC001


async def check_temperature(link: CaveLink) -> None:
    await link.controller.fetch("/temperature")  # expect: WC001


async def brush_rinds(link: CaveLink) -> None:
    await link.controller.fetch("/robot/brush", method="POST")


ROUTINES: dict[str, Routine] = {}
ROUTINES["humidity"] = check_humidity
ROUTINES.update(temperature=check_temperature)

TURNING: dict[str, Routine] = {"brush": brush_rinds}


async def cave_links() -> AsyncIterator[CaveLink]:
    for link in runtime.CAVES.values():
        yield link
