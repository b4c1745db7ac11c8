# [tool.wakecheck]
# entry = ["*.Poller.on_timer"]
# container-factories = ["*.make_client"]
# active-guards = ["*.has_pending_jobs"]

"""After an if/elif/else chain, only the else arm falls through, and it needs pending jobs."""
from clients import make_client


class Poller:
    def __init__(self, env):
        self.client = make_client(env, "jobs")
        self.maintenance = env.MAINTENANCE
        self.pending = 0

    def has_pending_jobs(self) -> bool:
        return self.pending > 0

    async def on_timer(self):
        if self.maintenance:
            await self.client.post("/maintenance")  # expect: WC001
            return
        elif not self.has_pending_jobs():
            return
        else:
            self.pending -= 1
        await self.client.post("/jobs/sync")
