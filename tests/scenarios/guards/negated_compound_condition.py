# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]

"""`not (guard and x)` is True on idle; `not (guard or x)` depends on x."""
from sandbox import open_sandbox


class Scheduler:
    def __init__(self, env):
        self.sandbox = open_sandbox(env, "builder")
        self.force_warm = env.FORCE_WARM
        self.queue = []
        self.workers = []

    def is_busy(self) -> bool:
        return bool(self.queue)

    def has_workers(self) -> bool:
        return bool(self.workers)

    async def tick(self):
        await self._publish()
        await self._warm()

    async def _publish(self):
        if not (self.is_busy() and self.has_workers()):
            return
        await self.sandbox.exec("publish")

    async def _warm(self):
        if not (self.is_busy() or self.force_warm):
            return
        await self.sandbox.exec("warm")  # expect: WC001
