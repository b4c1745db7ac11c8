# [tool.wakecheck]
# entry = ["*.Poller.on_timer"]
# container-factories = ["*.make_client"]
# active-guards = ["*.has_pending_jobs"]

"""With `entry` configured, a method named `alarm` is just another method."""
from clients import make_client


class Poller:
    def __init__(self, env):
        self.client = make_client(env, "jobs")

    async def alarm(self):
        await self.client.post("/alarm")

    async def on_timer(self):
        await self.client.post("/timer")  # expect: WC001
