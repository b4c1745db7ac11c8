# [tool.wakecheck]
# entry = ["*.Poller.on_timer"]
# container-factories = ["*.make_client"]
# active-guards = ["*.has_pending_jobs"]

"""A helper that raises when the guard is False stops the idle path at the call."""
from clients import make_client


class NothingToDo(Exception):
    pass


class Poller:
    def __init__(self, env):
        self.client = make_client(env, "jobs")
        self.pending = 0

    def has_pending_jobs(self) -> bool:
        return self.pending > 0

    def _require_jobs(self):
        if not self.has_pending_jobs():
            raise NothingToDo()

    async def on_timer(self):
        await self.client.post("/lease")  # expect: WC001
        self._require_jobs()
        await self.client.post("/jobs/sync")
