# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]

"""The helper's parameter is a handle only in the guarded call; on idle it gets the cache."""
from sandbox import open_sandbox


class LocalCache:
    async def exec(self, command):
        return None


class Scheduler:
    def __init__(self, env):
        self.sandbox = open_sandbox(env, "builder")
        self.cache = LocalCache()
        self.queue = []

    def is_busy(self) -> bool:
        return bool(self.queue)

    async def tick(self):
        await self._probe(self.cache)
        if self.is_busy():
            await self._probe(self.sandbox)
        await self.sandbox.exec("heartbeat")  # expect: WC001

    async def _probe(self, target):
        await target.exec("probe")
