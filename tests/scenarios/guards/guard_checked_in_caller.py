# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]

"""A helper called only under the guard is safe even though it has no check of its own."""
from sandbox import open_sandbox


class Scheduler:
    def __init__(self, env):
        self.sandbox = open_sandbox(env, "builder")
        self.queue = []

    def is_busy(self) -> bool:
        return bool(self.queue)

    async def tick(self):
        if self.is_busy():
            await self._build()
        await self._heartbeat()

    async def _build(self):
        await self.sandbox.exec("build")

    async def _heartbeat(self):
        await self.sandbox.exec("heartbeat")  # expect: WC001
