# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]

"""`while True` leaves only through `break`; without one, the code after it is dead."""
from sandbox import open_sandbox


class Scheduler:
    def __init__(self, env, queue):
        self.sandbox = open_sandbox(env, "builder")
        self.queue = queue

    def is_busy(self) -> bool:
        return bool(self.queue)

    async def tick(self):
        while True:
            if not self.is_busy():
                break
            await self.sandbox.exec("step")
        await self.sandbox.exec("report")  # expect: WC001
        await self._pump()

    async def _pump(self):
        while True:
            job = await self.queue.get()
            await self.sandbox.exec("run", job)  # expect: WC001
        await self.sandbox.exec("after-pump")
