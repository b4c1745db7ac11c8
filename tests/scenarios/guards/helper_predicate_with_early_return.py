# [tool.wakecheck]
# entry = ["*.Poller.on_timer"]
# container-factories = ["*.make_client"]
# active-guards = ["*.has_pending_jobs"]

"""A predicate that returns False early, else the guard, is False on every idle path."""
from clients import make_client


class Poller:
    def __init__(self, env):
        self.client = make_client(env, "jobs")
        self.paused = False
        self.pending = 0

    def has_pending_jobs(self) -> bool:
        return self.pending > 0

    def _should_sync(self) -> bool:
        if self.paused:
            return False
        return self.has_pending_jobs()

    async def on_timer(self):
        await self.client.post("/lease")  # expect: WC001
        if not self._should_sync():
            return
        await self.client.post("/jobs/sync")
