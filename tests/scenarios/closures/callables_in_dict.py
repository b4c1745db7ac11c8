# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]

"""Bound methods stored in a dict and called through it are all reachable."""
from sandbox import open_sandbox


class Scheduler:
    def __init__(self, env, planner):
        self.sandbox = open_sandbox(env, "builder")
        self.planner = planner

    async def tick(self):
        handlers = {
            "build": self._build,
            "gc": self._gc,
        }
        for kind in self.planner.due_tasks():
            await handlers[kind]()

    async def _build(self):
        await self.sandbox.exec("build")  # expect: WC001

    async def _gc(self):
        await self.sandbox.exec("gc")  # expect: WC001

    async def _unused(self):
        await self.sandbox.exec("unused")
