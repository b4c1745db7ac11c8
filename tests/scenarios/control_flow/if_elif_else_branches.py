# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]

"""Only the branch taken when busy is safe; the elif and else arms still run on idle."""
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
        if self.is_busy():
            await self.sandbox.exec("full-sync")
        elif self.has_workers():
            await self.sandbox.exec("light-sync")  # expect: WC001
        else:
            await self.sandbox.exec("noop")  # expect: WC001
