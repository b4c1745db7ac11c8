# [tool.wakecheck]
# entry = ["*.CellarPatrol.patrol"]
# container-factories = ["*.borrow_cellar_box"]
# empty-on-idle = { "*.barrels_due" = "no barrel is due for topping" }

"""A named tuple of counts, built from what an idle tick leaves at zero, handed to a reporter
that unpacks it with a star or reads its fields: the counts stay zero there."""
import logging
from typing import NamedTuple

log = logging.getLogger(__name__)


class CellarBox:
    async def fetch(self, path: str) -> dict:
        raise NotImplementedError


def borrow_cellar_box() -> CellarBox:
    return CellarBox()


async def barrels_due() -> list[str]:
    raise NotImplementedError


class Tally(NamedTuple):
    racking: bool
    topped: int
    probes: int


class CellarPatrol:
    def __init__(self) -> None:
        self.box = borrow_cellar_box()

    async def patrol(self) -> None:
        topped = 0
        for barrel in await barrels_due():
            await self.box.fetch(f"/barrels/{barrel}/top")
            topped += 1
        await self.box.fetch("/probes/ambient")  # expect: WC001
        tally = Tally(False, topped, 3)
        await self._report(tally)
        await self._summary(Tally(False, 0, 1))

    async def _report(self, tally: Tally) -> None:
        racking, *counts = tally
        topped, probes = counts
        log.info("racking=%s topped=%d probes=%d", racking, topped, probes)
        if topped:
            await self.box.fetch("/topping/summary")
        if probes:
            await self.box.fetch("/probes/summary")  # expect: WC001

    async def _summary(self, tally: Tally) -> None:
        if tally.topped:
            await self.box.fetch("/topping/day")
