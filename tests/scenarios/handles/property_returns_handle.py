# [tool.wakecheck]
# entry = ["*.Poller.on_timer"]
# container-factories = ["*.make_client"]
# active-guards = ["*.has_pending_jobs"]

"""A property that returns a handle makes `self.client.get()` a sink."""
from clients import make_client


class Poller:
    def __init__(self, env):
        self.env = env

    @property
    def client(self):
        return make_client(self.env, "jobs")

    @property
    def region(self):
        return self.env.REGION

    async def on_timer(self):
        await self.client.get("/jobs")  # expect: WC001
        self.region.upper()
