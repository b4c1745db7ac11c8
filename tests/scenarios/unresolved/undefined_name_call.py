# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]
# select = ["WC001", "WC003"]

"""A call of a name defined nowhere cannot be resolved, even when it is handed the handle."""
from sandbox import open_sandbox


class Scheduler:
    def __init__(self, env):
        self.sandbox = open_sandbox(env, "builder")

    async def _heartbeat(self):
        await self.sandbox.exec("heartbeat")  # expect: WC001

    async def tick(self):
        await self._heartbeat()
        await rebalance_pools(self.sandbox)  # expect: WC003
