# [tool.wakecheck]
# entry = ["*.Poller.on_timer"]
# container-factories = ["*.make_client"]
# active-guards = ["*.has_pending_jobs"]

"""A recursive helper is followed once and its sink reported."""
from clients import make_client


class Poller:
    def __init__(self, env):
        self.client = make_client(env, "jobs")

    async def on_timer(self):
        await self._drain(0)

    async def _drain(self, depth):
        if depth > 5:
            return
        await self.client.post("/drain")  # expect: WC001
        await self._drain(depth + 1)
