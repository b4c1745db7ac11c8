# [tool.wakecheck]
# entry = ["*.Poller.on_timer"]
# container-factories = ["*.make_client"]
# active-guards = ["*.has_pending_jobs"]

"""With a wildcard arm and a return in every arm, code after the match is dead;
without the wildcard, a value matching no arm falls through."""
from clients import make_client


class Poller:
    def __init__(self, env):
        self.client = make_client(env, "jobs")
        self.phase = env.PHASE

    async def on_timer(self):
        await self._report()
        match self.phase:
            case "draining":
                await self.client.post("/drain")  # expect: WC001
                return
            case "paused" | "stopped":
                return
            case _:
                return
        await self.client.post("/after-match")

    async def _report(self):
        match self.phase:
            case "draining":
                return
            case "paused":
                return
        await self.client.post("/report")  # expect: WC001
