# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]

"""`self.sync()` resolves to the subclass override; the base version runs only via super()."""
from sandbox import open_sandbox


class BaseScheduler:
    def __init__(self, env):
        self.sandbox = open_sandbox(env, "builder")

    async def sync(self):
        await self.sandbox.exec("sync")


class Scheduler(BaseScheduler):
    queue: tuple = ()

    def is_busy(self) -> bool:
        return bool(self.queue)

    async def sync(self):
        if not self.is_busy():
            return
        await super().sync()

    async def tick(self):
        await self.sandbox.exec("heartbeat")  # expect: WC001
        await self.sync()
