# [tool.wakecheck]
# entry = ["*.Relay.on_cron"]
# container-factories = ["*.acquire_runtime"]
# active-guards = ["*.needs_attention"]

"""A method decorated by a library decorator is still called: its body is reached."""
from resilience import retry
from runtime import acquire_runtime


class Relay:
    def __init__(self, env):
        self.runtime = acquire_runtime(env)

    @retry(attempts=3, backoff=2.0)
    async def _deliver(self):
        await self.runtime.call("deliver")  # expect: WC001

    async def on_cron(self):
        await self._deliver()
