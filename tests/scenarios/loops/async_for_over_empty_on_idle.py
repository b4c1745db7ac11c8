# [tool.wakecheck]
# entry = ["*.Poller.on_timer"]
# container-factories = ["*.make_client"]
# active-guards = ["*.has_pending_jobs"]
# empty-on-idle = { "*.stream_pending_jobs" = "no queued jobs" }

"""`async for` over an empty-on-idle stream runs zero times."""
from clients import make_client


class Poller:
    def __init__(self, env, queue):
        self.client = make_client(env, "jobs")
        self.queue = queue

    async def stream_pending_jobs(self):
        async for job in self.queue.read("pending"):
            yield job

    async def stream_events(self):
        async for event in self.queue.read("events"):
            yield event

    async def on_timer(self):
        async for job in self.stream_pending_jobs():
            await self.client.post(f"/jobs/{job.id}/run")
        async for event in self.stream_events():
            await self.client.post("/events", event)  # expect: WC001
