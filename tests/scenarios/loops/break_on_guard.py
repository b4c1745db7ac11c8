# [tool.wakecheck]
# entry = ["*.Relay.on_cron"]
# container-factories = ["*.acquire_runtime"]
# active-guards = ["*.needs_attention"]

"""`break` on the guard stops the loop before the call that follows it in the body."""
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
            await self.runtime.call("peek", channel)  # expect: WC001
            if not self.needs_attention():
                break
            await self.runtime.call("deliver", channel)
