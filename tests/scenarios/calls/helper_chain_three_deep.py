# [tool.wakecheck]
# entry = ["*.Poller.on_timer"]
# container-factories = ["*.make_client"]
# active-guards = ["*.has_pending_jobs"]

"""A sink three calls below the entry is reported at the sink."""
from clients import make_client


class Poller:
    def __init__(self, env):
        self.client = make_client(env, "jobs")

    async def on_timer(self):
        await self._step_one()

    async def _step_one(self):
        await self._step_two()

    async def _step_two(self):
        await self._step_three()

    async def _step_three(self):
        await self.client.post("/deep")  # expect: WC001
