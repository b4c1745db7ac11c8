# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]

"""A `return` inside `try` still runs `finally`; the code after the try statement is skipped."""
from sandbox import open_sandbox


class Scheduler:
    def __init__(self, env):
        self.sandbox = open_sandbox(env, "builder")
        self.queue = []

    def is_busy(self) -> bool:
        return bool(self.queue)

    async def tick(self):
        try:
            if not self.is_busy():
                return
            await self.sandbox.exec("build")
        finally:
            await self.sandbox.exec("release-lease")  # expect: WC001
        await self.sandbox.exec("publish")
