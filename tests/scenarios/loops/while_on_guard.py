# [tool.wakecheck]
# entry = ["*.Poller.on_timer"]
# container-factories = ["*.make_client"]
# active-guards = ["*.has_pending_jobs"]

"""`while guard():` never enters its body on idle; the code after the loop runs."""
from clients import make_client


class Poller:
    def __init__(self, env):
        self.client = make_client(env, "jobs")
        self.pending = 0

    def has_pending_jobs(self) -> bool:
        return self.pending > 0

    async def on_timer(self):
        while self.has_pending_jobs():
            await self.client.post("/jobs/next")
            self.pending -= 1
        await self.client.post("/jobs/idle")  # expect: WC001
