# [tool.wakecheck]
# entry = ["*.Poller.on_timer"]
# container-factories = ["*.make_client"]
# active-guards = ["*.has_pending_jobs"]

"""Each `case` arm of a match on an unknown value may run."""
from clients import make_client


class Poller:
    def __init__(self, env):
        self.client = make_client(env, "jobs")
        self.phase = env.PHASE

    async def on_timer(self):
        match self.phase:
            case "draining":
                await self.client.post("/drain")  # expect: WC001
            case "paused":
                return
            case _:
                pass
        await self.client.post("/heartbeat")  # expect: WC001
