# [tool.wakecheck]
# entry = ["*.Relay.on_cron"]
# container-factories = ["*.acquire_runtime"]
# active-guards = ["*.needs_attention"]

"""An async guard is still a guard when awaited: `if not await self.needs_attention()`."""
from runtime import acquire_runtime


class Relay:
    def __init__(self, ctx, env):
        self.storage = ctx.storage
        self.runtime = acquire_runtime(env)

    async def needs_attention(self) -> bool:
        return (await self.storage.get("unread", 0)) > 0

    async def on_cron(self):
        await self.runtime.call("ping")  # expect: WC001
        if not await self.needs_attention():
            return
        await self.runtime.call("deliver")
        attention = await self.needs_attention()
        if attention:
            await self.runtime.call("ack")
