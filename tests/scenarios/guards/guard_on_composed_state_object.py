# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.QueueState.is_busy"]

"""A guard that is a method of an object held in an attribute: `self.state.is_busy()`."""
from sandbox import open_sandbox


class QueueState:
    def __init__(self, sql):
        self.sql = sql

    def is_busy(self) -> bool:
        return self.sql.exec("SELECT count(*) FROM queue").one() > 0


class Scheduler:
    def __init__(self, env, sql):
        self.sandbox = open_sandbox(env, "builder")
        self.state = QueueState(sql)

    async def tick(self):
        await self.sandbox.exec("heartbeat")  # expect: WC001
        if not self.state.is_busy():
            return
        await self.sandbox.exec("build")
