# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]

"""A handle passed as an argument is a handle inside the callee."""
from sandbox import open_sandbox


async def upload_logs(target, path):
    await target.upload(path)  # expect: WC001


class Scheduler:
    def __init__(self, env):
        self.sandbox = open_sandbox(env, "builder")

    async def tick(self):
        await self._warm(self.sandbox)
        await upload_logs(self.sandbox, "/var/log/build.log")

    async def _warm(self, box):
        await box.exec("warm")  # expect: WC001
