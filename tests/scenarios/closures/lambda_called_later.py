# [tool.wakecheck]
# entry = ["*.Poller.on_timer"]
# container-factories = ["*.make_client"]
# active-guards = ["*.has_pending_jobs"]

"""A lambda's body runs when the lambda is called; an uncalled lambda never runs."""
from clients import make_client


class Poller:
    def __init__(self, env):
        self.client = make_client(env, "jobs")

    async def on_timer(self):
        send = lambda path: self.client.post(path)  # expect: WC001
        never = lambda: self.client.post("/never")
        await send("/jobs/sync")
