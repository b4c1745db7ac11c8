# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]

"""`x and guard` gates its block, `x or guard` does not; `not x or not guard` always returns."""
from sandbox import open_sandbox


class Scheduler:
    def __init__(self, env):
        self.sandbox = open_sandbox(env, "builder")
        self.queue = []
        self.workers = []

    def is_busy(self) -> bool:
        return bool(self.queue)

    def has_workers(self) -> bool:
        return bool(self.workers)

    async def tick(self):
        if self.has_workers() and self.is_busy():
            await self.sandbox.exec("build")
        if self.has_workers() or self.is_busy():
            await self.sandbox.exec("warm")  # expect: WC001
        if not self.has_workers() or not self.is_busy():
            return
        await self.sandbox.exec("publish")
