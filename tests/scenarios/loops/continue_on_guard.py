# [tool.wakecheck]
# entry = ["*.Relay.on_cron"]
# container-factories = ["*.acquire_runtime"]
# active-guards = ["*.needs_attention"]

"""`continue` on the guard skips the rest of every iteration; the code after the loop runs."""
from runtime import acquire_runtime


class Relay:
    def __init__(self, env):
        self.runtime = acquire_runtime(env)
        self.channels = env.CHANNELS
        self.unread = 0

    def needs_attention(self) -> bool:
        return self.unread > 0

    async def on_cron(self):
        for channel in self.channels:
            if not self.needs_attention():
                continue
            await self.runtime.call("deliver", channel)
        await self.runtime.call("flush")  # expect: WC001
