# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]

"""A handle returned inside a tuple keeps its place when the tuple is unpacked."""
from sandbox import open_sandbox


class Scheduler:
    def __init__(self, env):
        self.env = env

    def _open(self, pool):
        return open_sandbox(self.env, pool), f"{pool}-lease"

    async def tick(self):
        box, lease = self._open("builder")
        await box.exec("heartbeat", lease)  # expect: WC001
        lease.upper()
