# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]

"""A guard checked on one branch does not dominate the call after the branches."""
from sandbox import open_sandbox


class Scheduler:
    def __init__(self, env):
        self.sandbox = open_sandbox(env, "builder")
        self.nightly = env.NIGHTLY
        self.queue = []

    def is_busy(self) -> bool:
        return bool(self.queue)

    async def tick(self):
        if self.nightly:
            if not self.is_busy():
                return
        await self.sandbox.exec("build")  # expect: WC001
