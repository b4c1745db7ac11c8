# [tool.wakecheck]
# entry = ["*.Poller.on_timer"]
# container-factories = ["*.make_client"]
# active-guards = ["*.has_pending_jobs"]

"""When a helper raises on idle, its `except` handler is where the idle path goes."""
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
        try:
            self._require_jobs()
            await self.client.post("/jobs/sync")
        except NothingToDo:
            await self.client.post("/idle-report")  # expect: WC001
