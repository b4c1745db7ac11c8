"""The supervisor's alarm: one tick of the salt works."""
import asyncio
import logging

from brinepans.batches import index_pans, plan_heartbeat, plan_rakings
from brinepans.boxes import assay_latch, lazy_box

log = logging.getLogger(__name__)
PANS = ("north", "south")


def pans_have_brine(works):
    return bool(works.brine)


class PanSupervisor:
    def __init__(self, works):
        self.works = works
        self.box = lazy_box(works)
        self.request_assay, self.take_assay = assay_latch()

    async def alarm(self):
        outbox = asyncio.Queue()
        plan_heartbeat(outbox, self.box())
        while not outbox.empty():
            task = outbox.get_nowait()
            await task.box.fetch(f"/pans/{task.pan}/{task.action}")  # expect: WC001
        if pans_have_brine(self.works):
            rakings = []
            plan_rakings(rakings, self.box(), PANS)
            for task in rakings:
                await task.box.fetch(f"/pans/{task.pan}/rake")
            self.request_assay()  # an assay only after a day with brine in the pans
        by_pan = {}
        index_pans(by_pan, self.box(), PANS)
        await by_pan["north"].fetch("/pans/north/level")  # expect: WC001
        if self.take_assay():
            await self.box().fetch("/assay/sample")
        log.debug("tick done")
