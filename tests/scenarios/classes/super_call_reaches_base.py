# [tool.wakecheck]
# entry = ["*.JobPoller.on_timer"]
# container-factories = ["*.make_client"]
# active-guards = ["*.has_pending_jobs"]

"""`super().on_timer()` reaches the base method, which is not an entry by itself."""
from clients import make_client


class BasePoller:
    def __init__(self, env):
        self.client = make_client(env, "jobs")

    async def on_timer(self):
        await self.client.post("/poll")  # expect: WC001


class JobPoller(BasePoller):
    paused = False

    async def on_timer(self):
        if self.paused:
            return
        await super().on_timer()
