# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]

"""`else` runs only when the `try` body did not raise, so it inherits the helper's guard."""
from sandbox import open_sandbox


class IdleTick(Exception):
    pass


class Scheduler:
    def __init__(self, env):
        self.sandbox = open_sandbox(env, "builder")
        self.queue = []
        self.skipped = 0

    def is_busy(self) -> bool:
        return bool(self.queue)

    def _require_busy(self):
        if not self.is_busy():
            raise IdleTick()

    async def tick(self):
        try:
            self._require_busy()
        except IdleTick:
            self.skipped += 1
        else:
            await self.sandbox.exec("build")
        await self.sandbox.exec("heartbeat")  # expect: WC001
