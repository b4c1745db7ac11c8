# [tool.wakecheck]
# entry = ["*.Poller.on_timer"]
# container-factories = ["*.make_client"]
# active-guards = ["*.has_pending_jobs"]

"""An attribute assigned a handle in any method of the class holds a handle everywhere."""
from clients import make_client


class Poller:
    def connect(self, env):
        self.client = make_client(env, "jobs")

    async def on_timer(self):
        await self.client.post("/poll")  # expect: WC001
