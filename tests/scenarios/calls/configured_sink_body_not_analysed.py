# [tool.wakecheck]
# entry = ["*.Relay.on_cron"]
# container-factories = ["*.acquire_runtime"]
# sinks = ["*.Relay.push_settings"]
# active-guards = ["*.needs_attention"]

"""The call of a configured sink is the finding; the calls inside its body are not looked at."""
from runtime import acquire_runtime


class Relay:
    def __init__(self, env):
        self.runtime = acquire_runtime(env)
        self.settings = env.SETTINGS

    async def on_cron(self):
        await self.push_settings()  # expect: WC001

    async def push_settings(self):
        await self.runtime.call("settings", self.settings)
        await self.runtime.call("reload")
