# [tool.wakecheck]
# entry = ["*.Poller.on_timer"]
# container-factories = ["*.make_client"]
# active-guards = ["*.has_pending_jobs"]

"""A `while True` whose only `break` needs pending jobs never exits on idle."""
import asyncio

from clients import make_client


class Poller:
    def __init__(self, env):
        self.client = make_client(env, "jobs")
        self.pending = 0

    def has_pending_jobs(self) -> bool:
        return self.pending > 0

    async def on_timer(self):
        await self.client.post("/lease")  # expect: WC001
        while True:
            if self.has_pending_jobs():
                break
            await asyncio.sleep(5)
        await self.client.post("/jobs/sync")
