# [tool.wakecheck]
# entry = ["*.Poller.on_timer"]
# container-factories = ["*.make_client"]
# active-guards = ["*.has_pending_jobs"]

"""A module-level name bound to one of two functions may call either."""
import os

from clients import make_client


async def _fast_sync(client):
    await client.post("/sync/fast")  # expect: WC001


async def _full_sync(client):
    await client.post("/sync/full")  # expect: WC001


sync = _fast_sync if os.environ.get("FAST_SYNC") else _full_sync


class Poller:
    def __init__(self, env):
        self.client = make_client(env, "jobs")

    async def on_timer(self):
        await sync(self.client)
