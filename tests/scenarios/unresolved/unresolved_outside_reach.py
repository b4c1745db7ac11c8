# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]
# select = ["WC001", "WC003"]

"""Unresolvable calls that no entry reaches are not reported."""
from sandbox import open_sandbox


class Scheduler:
    def __init__(self, env):
        self.sandbox = open_sandbox(env, "builder")

    async def tick(self):
        await self._heartbeat()

    async def _heartbeat(self):
        await self.sandbox.exec("heartbeat")  # expect: WC001

    async def repair(self, on_done):
        await repair_everything(self.sandbox)
        await on_done()
