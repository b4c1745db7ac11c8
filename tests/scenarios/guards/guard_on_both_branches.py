# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]

"""The same guard checked on every branch dominates the call after them."""
from sandbox import open_sandbox


class Scheduler:
    def __init__(self, env):
        self.sandbox = open_sandbox(env, "builder")
        self.nightly = env.NIGHTLY
        self.queue = []

    def is_busy(self) -> bool:
        return bool(self.queue)

    async def tick(self):
        await self.sandbox.exec("heartbeat")  # expect: WC001
        if self.nightly:
            if not self.is_busy():
                return
            await self.sandbox.exec("nightly-build")
        else:
            if not self.is_busy():
                return
        await self.sandbox.exec("build")
