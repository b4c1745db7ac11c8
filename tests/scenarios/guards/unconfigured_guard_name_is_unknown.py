# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]

"""Only configured guards count: here `has_active_work` is just another unknown condition."""
from sandbox import open_sandbox


class Scheduler:
    def __init__(self, env):
        self.sandbox = open_sandbox(env, "builder")
        self.queue = []

    def has_active_work(self) -> bool:
        return bool(self.queue)

    async def tick(self):
        if not self.has_active_work():
            return
        await self.sandbox.exec("build")  # expect: WC001
