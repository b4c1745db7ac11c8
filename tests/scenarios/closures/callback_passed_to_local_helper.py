# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]

"""A helper that calls the callable it is given reaches that callable's sinks."""
from sandbox import open_sandbox


class TransientError(Exception):
    pass


class Scheduler:
    def __init__(self, env):
        self.sandbox = open_sandbox(env, "builder")

    async def _with_retry(self, fn, attempts=3):
        for _ in range(attempts):
            try:
                return await fn()
            except TransientError:
                continue
        return None

    async def tick(self):
        await self._with_retry(lambda: self.sandbox.exec("build"))  # expect: WC001
        await self._with_retry(self._upload)

    async def _upload(self):
        await self.sandbox.upload("/artifacts")  # expect: WC001
