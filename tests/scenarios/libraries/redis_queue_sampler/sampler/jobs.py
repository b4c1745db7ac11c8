import asyncio
import time

from sampler.clients import async_client, sync_client

QUEUES = ("emails", "webhooks")


def sample_queue_depths():
    while True:
        for name in QUEUES:
            depth = sync_client.llen(f"queue:{name}")  # expect: WC001
            pipe = sync_client.pipeline()
            pipe.hset("queue:depths", name, depth)
            pipe.expire("queue:depths", 600)
            pipe.execute()  # expect: WC001
        guard = sync_client.lock("sampler", timeout=5)
        time.sleep(15)


class EventTrimmer:
    def __init__(self):
        self.client = async_client

    async def run(self):
        while True:
            await self.client.xtrim("events", maxlen=10_000)  # expect: WC001
            await asyncio.sleep(60)
