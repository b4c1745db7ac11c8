"""The loop returns early on a predicate imported from another module."""
from relay.activity import should_deliver
from runtime import acquire_runtime


class Relay:
    def __init__(self, env):
        self.env = env
        self.runtime = acquire_runtime(env)

    async def on_cron(self):
        await self.runtime.call("ping")  # expect: WC001
        if not should_deliver(self.env):
            return
        await self.runtime.call("deliver")
