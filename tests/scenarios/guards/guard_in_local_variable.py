# [tool.wakecheck]
# entry = ["*.Relay.on_cron"]
# container-factories = ["*.acquire_runtime"]
# active-guards = ["*.needs_attention"]

"""A guard read once into a local still gates the calls after an early return on it."""
from runtime import acquire_runtime


class Relay:
    def __init__(self, env):
        self.runtime = acquire_runtime(env)
        self.unread = 0

    def needs_attention(self) -> bool:
        return self.unread > 0

    async def on_cron(self):
        attention = self.needs_attention()
        await self.runtime.call("ping")  # expect: WC001
        if not attention:
            return
        await self.runtime.call("deliver")
