# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]

"""A call to a helper that always raises ends the path, like `raise` itself."""
from sandbox import open_sandbox


class IdleTick(Exception):
    pass


def _abort(reason: str):
    raise IdleTick(reason)


class Scheduler:
    def __init__(self, env, log):
        self.sandbox = open_sandbox(env, "builder")
        self.log = log
        self.queue = []
        self.index_corrupt = False

    def is_busy(self) -> bool:
        return bool(self.queue)

    def _fail(self, message: str):
        self.log.error(message)
        raise RuntimeError(message)

    async def tick(self):
        await self.sandbox.exec("heartbeat")  # expect: WC001
        await self._check_index()
        if not self.is_busy():
            _abort("queue empty")
        await self.sandbox.exec("build")

    async def _check_index(self):
        if self.index_corrupt:
            self._fail("index corrupt")
            await self.sandbox.exec("repair")
