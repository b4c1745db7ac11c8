# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]

"""A predicate helper that returns the guard is as good as the guard."""
from sandbox import open_sandbox


class Scheduler:
    def __init__(self, env):
        self.sandbox = open_sandbox(env, "builder")
        self.queue = []

    def is_busy(self) -> bool:
        return bool(self.queue)

    def _should_build(self) -> bool:
        return self.is_busy()

    async def tick(self):
        if self._should_build():
            await self.sandbox.exec("build")
        await self.sandbox.exec("heartbeat")  # expect: WC001
