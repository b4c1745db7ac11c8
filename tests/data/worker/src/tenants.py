"""One tenant: its jobs live in this object's storage; the alarm keeps them moving."""

import time

from workers import DurableObject

from retry import Backoff
from sandboxes import sandbox_for, warm_up

TICK_MS = 60_000


class Tenant(DurableObject):
    def __init__(self, ctx, env):
        super().__init__(ctx, env)
        # Kept from the constructor's env: the namespace, and a stub made here.
        self.sandboxes = env.SANDBOX
        self.backup = env.BACKUP.getByName("nightly")

    async def alarm(self):
        jobs = await self.ctx.storage.get("jobs") or []
        for job in jobs:
            await self.run(job)
        await warm_up(self.env, self.tenant_id)
        await self.report_health()
        await self.backup.fetch("http://backup/heartbeat")  # expect: WC001
        await self.env.AUDIT_LOG.getByName(self.tenant_id).append("tick")
        await self.ctx.storage.setAlarm(int(time.time() * 1000) + TICK_MS)

    @property
    def tenant_id(self):
        return self.ctx.id.name

    async def run(self, job):
        stub = self.sandboxes.get(self.sandboxes.idFromName(self.tenant_id))
        result = await stub.fetch(f"http://sandbox/jobs/{job['id']}", method="POST")  # expect: WC001
        if not result.ok:
            await self.ctx.storage.put("retry", Backoff(job.get("attempts", 0)).delay())

    async def report_health(self):
        box = sandbox_for(self.env, self.tenant_id)
        await box.fetch("http://sandbox/health")  # expect: WC001
