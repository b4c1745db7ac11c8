# [tool.wakecheck]
# entry = ["*.Relay.on_cron"]
# container-factories = ["*.acquire_runtime"]
# active-guards = ["*.needs_attention"]

"""Reassigning the guard to `guard and x` or to `False` keeps it False on idle."""
from runtime import acquire_runtime


class Relay:
    def __init__(self, env):
        self.runtime = acquire_runtime(env)
        self.strict = env.STRICT
        self.paused = False
        self.unread = 0

    def needs_attention(self) -> bool:
        return self.unread > 0

    def window_open(self) -> bool:
        return not self.paused

    async def on_cron(self):
        await self.runtime.call("ping")  # expect: WC001
        attention = self.needs_attention()
        if self.strict:
            attention = attention and self.window_open()
        elif self.paused:
            attention = False
        if attention:
            await self.runtime.call("deliver")
