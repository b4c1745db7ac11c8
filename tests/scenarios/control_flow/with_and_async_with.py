# [tool.wakecheck]
# entry = ["*.Relay.on_cron"]
# container-factories = ["*.acquire_runtime"]
# active-guards = ["*.needs_attention"]

"""A `with` body runs; a guarded return inside it still gates what follows."""
import asyncio

from runtime import acquire_runtime


class Relay:
    def __init__(self, env, metrics):
        self.runtime = acquire_runtime(env)
        self.lock = asyncio.Lock()
        self.metrics = metrics
        self.unread = 0

    def needs_attention(self) -> bool:
        return self.unread > 0

    async def on_cron(self):
        with self.metrics.timer("cron"):
            await self.runtime.call("ping")  # expect: WC001
        async with self.lock:
            await self.runtime.call("lease")  # expect: WC001
            if not self.needs_attention():
                return
            await self.runtime.call("deliver")
