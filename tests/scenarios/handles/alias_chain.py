# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]

"""A handle copied through plain assignments is still a handle."""
from sandbox import open_sandbox


class Scheduler:
    def __init__(self, env):
        self.sandbox = open_sandbox(env, "builder")

    async def tick(self):
        sandbox = self.sandbox
        target = sandbox
        await target.exec("build")  # expect: WC001
        again = target
        again.upload("/artifacts")  # expect: WC001
