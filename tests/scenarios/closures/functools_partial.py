# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]

"""A `functools.partial` of a method calls that method when it is called."""
import functools

from sandbox import open_sandbox


class Scheduler:
    def __init__(self, env):
        self.sandbox = open_sandbox(env, "builder")

    async def _run(self, command, retries):
        await self.sandbox.exec(command, retries=retries)  # expect: WC001

    async def tick(self):
        job = functools.partial(self._run, "build")
        await job(retries=2)
