# [tool.wakecheck]
# entry = ["*.Relay.on_cron"]
# container-factories = ["*.acquire_runtime"]
# active-guards = ["*.needs_attention"]

"""A guard variable overwritten with an unknown value on one branch no longer gates."""
from runtime import acquire_runtime


class Relay:
    def __init__(self, env):
        self.runtime = acquire_runtime(env)
        self.operator_override = env.OVERRIDE
        self.unread = 0

    def needs_attention(self) -> bool:
        return self.unread > 0

    def read_override_flag(self) -> bool:
        return self.operator_override == "deliver"

    async def on_cron(self):
        attention = self.needs_attention()
        if self.operator_override:
            attention = self.read_override_flag()
        if attention:
            await self.runtime.call("deliver")  # expect: WC001
