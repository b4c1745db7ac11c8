# [tool.wakecheck]
# entry = ["*.Poller.on_timer"]
# container-factories = ["*.make_client"]
# active-guards = ["*.has_pending_jobs"]

"""A handler that returns keeps the idle path out; a handler that passes lets it continue."""
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
        await self._poll()
        try:
            self._require_jobs()
        except NothingToDo:
            return
        await self.client.post("/jobs/sync")

    async def _poll(self):
        try:
            self._require_jobs()
            await self.client.post("/jobs/poll")
        except NothingToDo:
            pass
        await self.client.post("/jobs/ack")  # expect: WC001
