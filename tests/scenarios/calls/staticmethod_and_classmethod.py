# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]

"""Static methods take the handle as a parameter; a classmethod can return a handle."""
from sandbox import open_sandbox


class Scheduler:
    POOL = "builder"

    def __init__(self, env):
        self.env = env

    @staticmethod
    async def _ping(box):
        await box.exec("ping")  # expect: WC001

    @classmethod
    def _open(cls, env):
        return open_sandbox(env, cls.POOL)

    async def tick(self):
        box = self._open(self.env)
        await box.exec("build")  # expect: WC001
        await Scheduler._ping(box)
