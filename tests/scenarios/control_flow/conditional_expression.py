# [tool.wakecheck]
# entry = ["*.Poller.on_timer"]
# container-factories = ["*.make_client"]
# active-guards = ["*.has_pending_jobs"]

"""In `a if guard else b` only `a` is gated; `b` runs on idle."""
from clients import make_client


class Poller:
    def __init__(self, env):
        self.client = make_client(env, "jobs")
        self.pending = 0

    def has_pending_jobs(self) -> bool:
        return self.pending > 0

    async def on_timer(self):
        jobs = await self.client.get("/jobs") if self.has_pending_jobs() else []
        response = await (
            self.client.post("/jobs/full")
            if self.has_pending_jobs()
            else self.client.get("/status")  # expect: WC001
        )
        path = "/jobs/sync" if self.has_pending_jobs() else "/noop"
        await self.client.post(path)  # expect: WC001
        return jobs, response
