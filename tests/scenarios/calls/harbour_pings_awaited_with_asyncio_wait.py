# [tool.wakecheck]
# entry = ["*.HarbourHub.tick"]
# container-factories = ["*.open_harbour_box"]
# select = ["WC001", "WC003"]
"""Tasks awaited with asyncio.wait / as_completed: the coroutines run, and what comes back
is the library's task objects (calling .result() on them loses nothing)."""
import asyncio
import logging

log = logging.getLogger(__name__)


def open_harbour_box():
    raise NotImplementedError("provided by the platform")


class HarbourHub:
    def __init__(self):
        self.box = open_harbour_box()

    async def ping_berth(self, berth):
        await self.box.fetch(f"/berths/{berth}/ping")  # expect: WC001
        return berth

    async def tick(self):
        tasks = [asyncio.create_task(self.ping_berth(n)) for n in range(3)]
        done, pending = await asyncio.wait(tasks, timeout=5)
        for task in done:
            log.info("berth %s answered", task.result())
        for fut in asyncio.as_completed([self.ping_berth(9)]):
            await fut
