# [tool.wakecheck]
# entry = ["*.Relay.on_cron"]
# container-factories = ["*.acquire_runtime"]
# active-guards = ["*.needs_attention"]

"""A property that returns `not guard()` gates like the guard itself."""
from runtime import acquire_runtime


class Relay:
    def __init__(self, env):
        self.runtime = acquire_runtime(env)
        self.unread = 0

    def needs_attention(self) -> bool:
        return self.unread > 0

    @property
    def idle(self) -> bool:
        return not self.needs_attention()

    async def on_cron(self):
        await self.runtime.call("ping")  # expect: WC001
        if self.idle:
            return
        await self.runtime.call("deliver")
