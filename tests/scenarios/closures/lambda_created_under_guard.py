# [tool.wakecheck]
# entry = ["*.Poller.on_timer"]
# container-factories = ["*.make_client"]
# active-guards = ["*.has_pending_jobs"]

"""Which lambda is called depends on the branch that created it."""
from clients import make_client


class Poller:
    def __init__(self, env):
        self.client = make_client(env, "jobs")
        self.pending = 0

    def has_pending_jobs(self) -> bool:
        return self.pending > 0

    async def on_timer(self):
        if self.has_pending_jobs():
            action = lambda: self.client.post("/jobs/sync")
        else:
            action = lambda: self.client.get("/health")  # expect: WC001
        await action()
