# [tool.wakecheck]
# entry = ["*.Poller.on_timer"]
# container-factories = ["*.make_client"]
# active-guards = ["*.has_pending_jobs"]
# select = ["WC001", "WC003"]

"""A callback handed in by the caller cannot be resolved: WC003 at the call."""
from clients import make_client


class Poller:
    def __init__(self, env):
        self.client = make_client(env, "jobs")
        self.pending = 0

    def has_pending_jobs(self) -> bool:
        return self.pending > 0

    async def on_timer(self, on_idle):
        await self.client.post("/lease")  # expect: WC001
        if not self.has_pending_jobs():
            await on_idle()  # expect: WC003
            return
        await self.client.post("/jobs/sync")
