# [tool.wakecheck]
# entry = ["*.Poller.on_timer"]
# container-factories = ["*.make_client"]
# active-guards = ["*.has_pending_jobs"]
# quiet-methods = ["status", "close"]

"""Quiet methods come from the configuration: here `get_state` and `stop` do wake it."""
from clients import make_client


class Poller:
    def __init__(self, env):
        self.client = make_client(env, "jobs")

    async def on_timer(self):
        info = await self.client.status()
        if info.stale:
            await self.client.close()
        await self.client.get_state()  # expect: WC001
        await self.client.stop()  # expect: WC001
