# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]

"""A helper that raises only in strict mode lets the idle path continue past it."""
from sandbox import open_sandbox


class IdleTick(Exception):
    pass


class Scheduler:
    def __init__(self, env):
        self.sandbox = open_sandbox(env, "builder")
        self.strict = env.STRICT
        self.queue = []

    def is_busy(self) -> bool:
        return bool(self.queue)

    def _validate(self):
        if self.strict and not self.is_busy():
            raise IdleTick("strict mode skips idle ticks")

    async def tick(self):
        self._validate()
        await self.sandbox.exec("build")  # expect: WC001
