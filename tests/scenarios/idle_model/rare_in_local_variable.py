# [tool.wakecheck]
# entry = ["*.Poller.on_timer"]
# container-factories = ["*.make_client"]
# active-guards = ["*.has_pending_jobs"]
# rare = { "*.lease_expiring" = "only when the lease is about to lapse" }

"""A rare predicate stored in a local still marks the sink it gates as rare."""
from clients import make_client


class Poller:
    def __init__(self, env):
        self.client = make_client(env, "jobs")

    def lease_expiring(self) -> bool:
        return self.lease_seconds_left < 60

    async def on_timer(self):
        expiring = self.lease_expiring()
        if expiring:
            await self.client.post("/lease/renew")  # expect: WC002
