# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]

"""Raising when the scheduler is idle ends the tick before the sandbox call."""
from sandbox import open_sandbox


class IdleTick(Exception):
    pass


class Scheduler:
    def __init__(self, env):
        self.sandbox = open_sandbox(env, "builder")
        self.queue = []

    def is_busy(self) -> bool:
        return bool(self.queue)

    async def tick(self):
        await self.sandbox.exec("heartbeat")  # expect: WC001
        if not self.is_busy():
            raise IdleTick("nothing queued")
        await self.sandbox.exec("build")
