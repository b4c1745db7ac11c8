# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]

"""A nested function is reached when it is called, not when it is defined."""
from sandbox import open_sandbox


class Scheduler:
    def __init__(self, env):
        self.sandbox = open_sandbox(env, "builder")

    async def tick(self):
        async def ping(command):
            await self.sandbox.exec(command)  # expect: WC001

        async def unused():
            await self.sandbox.exec("unused")

        await ping("heartbeat")
