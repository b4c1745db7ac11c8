# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]

"""A closure that captures a handle parameter wakes the container when called."""
from sandbox import open_sandbox


def make_pinger(box):
    async def ping():
        await box.exec("ping")  # expect: WC001

    return ping


class Scheduler:
    def __init__(self, env):
        self.sandbox = open_sandbox(env, "builder")

    async def tick(self):
        pinger = make_pinger(self.sandbox)
        await pinger()
