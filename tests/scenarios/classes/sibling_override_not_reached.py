# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]

"""An override in a sibling class is not reachable through `self` of the entry's class."""
from sandbox import open_sandbox


class BaseScheduler:
    def __init__(self, env):
        self.sandbox = open_sandbox(env, "builder")

    async def step(self):
        return None


class Scheduler(BaseScheduler):
    async def tick(self):
        await self.sandbox.exec("heartbeat")  # expect: WC001
        await self.step()


class Migrator(BaseScheduler):
    async def step(self):
        await self.sandbox.exec("migrate")
