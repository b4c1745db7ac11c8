# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]

"""Sinks in `__init__`, in methods the entry never calls and under `__main__` are not reported."""
import asyncio

from sandbox import open_sandbox


class Scheduler:
    def __init__(self, env):
        self.sandbox = open_sandbox(env, "builder")
        self.sandbox.exec("warm-up")

    async def tick(self):
        await self.sandbox.exec("heartbeat")  # expect: WC001

    async def rebuild_all(self):
        await self.sandbox.exec("rebuild")


async def manual_repair(env):
    await open_sandbox(env, "builder").exec("repair")


if __name__ == "__main__":
    asyncio.run(manual_repair(load_env()))
