# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]

"""A predicate helper returning `not guard()` is True on idle: returning on it gates."""
from sandbox import open_sandbox


class Scheduler:
    def __init__(self, env):
        self.sandbox = open_sandbox(env, "builder")
        self.queue = []

    def is_busy(self) -> bool:
        return bool(self.queue)

    def _idle(self) -> bool:
        return not self.is_busy()

    async def tick(self):
        await self.sandbox.exec("heartbeat")  # expect: WC001
        if self._idle():
            return
        await self.sandbox.exec("build")
