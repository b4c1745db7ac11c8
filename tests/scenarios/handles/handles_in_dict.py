# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]

"""Handles stored as dict values: indexing and `.values()` give handles, the dict is not one."""
from sandbox import open_sandbox


class Scheduler:
    def __init__(self, env):
        self.sandboxes = {
            "build": open_sandbox(env, "build"),
            "test": open_sandbox(env, "test"),
        }

    async def tick(self):
        await self.sandboxes["build"].exec("heartbeat")  # expect: WC001
        for box in self.sandboxes.values():
            await box.exec("gc")  # expect: WC001
