# [tool.wakecheck]
# entry = ["*.Poller.on_timer"]
# container-factories = ["*.make_client"]
# active-guards = ["*.has_pending_jobs"]

"""A guard bound with `:=` keeps gating later uses; a sink inside a walrus still runs."""
from clients import make_client


class Poller:
    def __init__(self, env):
        self.client = make_client(env, "jobs")
        self.pending = 0
        self.idle_ticks = 0

    def has_pending_jobs(self) -> bool:
        return self.pending > 0

    async def on_timer(self):
        if not (busy := self.has_pending_jobs()):
            self.idle_ticks += 1
        if busy:
            await self.client.post("/jobs/sync")
        if (status := await self.client.get("/status")) is None:  # expect: WC001
            return
        self.last_status = status
