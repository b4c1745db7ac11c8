# [tool.wakecheck]
# entry = ["*.Poller.on_timer"]
# container-factories = ["*.make_client"]
# active-guards = ["*.has_pending_jobs"]

"""`other() and guard()` is False on idle; `guard() or other` is unknown."""
from clients import make_client


class Poller:
    def __init__(self, env):
        self.client = make_client(env, "jobs")
        self.forced_poll = env.FORCE_POLL
        self.pending = 0
        self.workers = []

    def has_pending_jobs(self) -> bool:
        return self.pending > 0

    def has_workers(self) -> bool:
        return bool(self.workers)

    def _ready_to_sync(self) -> bool:
        return self.has_workers() and self.has_pending_jobs()

    def _worth_polling(self) -> bool:
        return self.has_pending_jobs() or self.forced_poll

    async def on_timer(self):
        if self._ready_to_sync():
            await self.client.post("/jobs/sync")
        if self._worth_polling():
            await self.client.get("/jobs")  # expect: WC001
