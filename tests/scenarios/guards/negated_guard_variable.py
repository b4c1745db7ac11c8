# [tool.wakecheck]
# entry = ["*.Relay.on_cron"]
# container-factories = ["*.acquire_runtime"]
# active-guards = ["*.needs_attention"]

"""`quiet = not guard()` is True on an idle town, so `if quiet: return` always returns."""
from runtime import acquire_runtime


class Relay:
    def __init__(self, env):
        self.runtime = acquire_runtime(env)
        self.unread = 0

    def needs_attention(self) -> bool:
        return self.unread > 0

    async def on_cron(self):
        await self.runtime.call("ping")  # expect: WC001
        quiet = not self.needs_attention()
        if quiet:
            return
        await self.runtime.call("deliver")
