# [tool.wakecheck]
# entry = ["*.Relay.on_cron"]
# container-factories = ["*.acquire_runtime"]
# active-guards = ["*.needs_attention"]
# rare = { "*.cert_near_expiry" = "only in the week before certificate expiry" }

"""Returning unless a rare predicate holds makes every later sink in the helper WC002."""
from runtime import acquire_runtime


class Relay:
    def __init__(self, env):
        self.runtime = acquire_runtime(env)

    def cert_near_expiry(self) -> bool:
        return self.cert_days_left < 7

    async def on_cron(self):
        await self._rotate_cert()

    async def _rotate_cert(self):
        if not self.cert_near_expiry():
            return
        await self.runtime.call("rotate-cert")  # expect: WC002
        await self.runtime.call("reload")  # expect: WC002
