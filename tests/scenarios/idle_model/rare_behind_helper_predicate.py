# [tool.wakecheck]
# entry = ["*.Relay.on_cron"]
# container-factories = ["*.acquire_runtime"]
# active-guards = ["*.needs_attention"]
# rare = { "*.cert_near_expiry" = "only in the week before certificate expiry" }

"""A predicate helper that returns a rare predicate makes its gated sinks rare."""
from runtime import acquire_runtime


class Relay:
    def __init__(self, env):
        self.runtime = acquire_runtime(env)

    def cert_near_expiry(self) -> bool:
        return self.cert_days_left < 7

    def _should_rotate(self) -> bool:
        return self.cert_near_expiry()

    async def on_cron(self):
        if self._should_rotate():
            await self.runtime.call("rotate-cert")  # expect: WC002
