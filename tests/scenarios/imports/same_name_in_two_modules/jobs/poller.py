"""Two functions named `sync`: the unguarded call resolves to the quiet one."""
from jobs.loud import sync as loud_sync
from jobs.quiet import sync
from clients import make_client


class Poller:
    def __init__(self, env):
        self.client = make_client(env, "jobs")
        self.ledger = []
        self.pending = 0

    def has_pending_jobs(self) -> bool:
        return self.pending > 0

    async def on_timer(self):
        await sync(self.client, self.ledger)
        if self.has_pending_jobs():
            await loud_sync(self.client, self.ledger)
        await self.client.post("/heartbeat")  # expect: WC001
