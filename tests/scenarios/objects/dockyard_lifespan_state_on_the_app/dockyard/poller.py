"""The poller the lifespan starts: one pass a minute."""
import asyncio


def ships_berthed(berths):
    return bool(berths)


class CraneRepository:
    def __init__(self, app):
        self.box = app.state.box
        self.berths = app.state.berths

    async def heartbeat(self):
        await self.box.fetch("/cranes/heartbeat")  # expect: WC001

    async def unload(self):
        await self.box.fetch("/cranes/unload", method="POST")


async def poll_once(app):
    repo = CraneRepository(app)
    await repo.heartbeat()
    if ships_berthed(repo.berths):
        await repo.unload()


async def run_poller(app):
    while True:
        await poll_once(app)
        await asyncio.sleep(60)
