import asyncio
import logging
import types

from foundry.box import light_cupola_box, moulds_to_pour
from foundry.relays import BellRinger, Relay

log = logging.getLogger(__name__)


async def pour_worker(queue: asyncio.Queue, services: types.SimpleNamespace) -> None:
    while True:
        mould = await queue.get()
        if mould is None:
            return
        await services.cupola.fetch(f"/moulds/{mould}/pour")


class PourFloor:
    def __init__(self, services: types.SimpleNamespace) -> None:
        self.services = services

    async def pour_tick(self) -> None:
        queue: asyncio.Queue = asyncio.Queue()
        worker = asyncio.create_task(pour_worker(queue, self.services))
        for mould in moulds_to_pour():
            await queue.put(mould)
        await queue.put(None)
        await self.services.cupola.fetch("/cupola/temperature")  # expect: WC001
        await self.services.relays.signal("shift")
        await worker


def open_floor() -> PourFloor:
    cupola = light_cupola_box()
    relays = Relay(Relay(Relay(BellRinger(cupola))))
    return PourFloor(types.SimpleNamespace(cupola=cupola, relays=relays))
