# [tool.wakecheck]
# entry = ["*.Relay.on_cron"]
# container-factories = ["*.acquire_runtime"]
# active-guards = ["*.needs_attention"]
# select = ["WC001", "WC003"]

"""Calls through locals bound to known functions resolve; only the unknown one is WC003."""
from runtime import acquire_runtime


class Relay:
    def __init__(self, env):
        self.runtime = acquire_runtime(env)

    async def _ping(self):
        await self.runtime.call("ping")  # expect: WC001

    async def on_cron(self, hooks):
        step = self._ping
        await step()
        ack = lambda: self.runtime.call("ack")  # expect: WC001
        await ack()
        for hook in hooks:
            await hook(self)  # expect: WC003
