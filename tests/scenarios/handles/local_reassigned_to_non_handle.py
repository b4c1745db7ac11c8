# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]

"""A local that held a handle and was reassigned to a non-handle is no longer a handle."""
from sandbox import open_sandbox
from cache import LocalCache


class Scheduler:
    def __init__(self, env):
        self.sandbox = open_sandbox(env, "builder")
        self.cache = LocalCache()
        self.remote = env.REMOTE

    async def tick(self):
        target = self.sandbox
        target = self.cache
        await target.exec("probe")
        other = self.cache
        if self.remote:
            other = self.sandbox
        await other.exec("probe")  # expect: WC001
