# [tool.wakecheck]
# entry = ["*.Scheduler.tick"]
# container-factories = ["*.open_sandbox"]
# active-guards = ["*.is_busy"]

"""A handle passed to another class's constructor is a handle in that object's methods."""
from sandbox import open_sandbox


class Mailer:
    def __init__(self, box):
        self.box = box

    async def deliver(self, message):
        await self.box.exec("mail", message)  # expect: WC001

    async def purge(self):
        await self.box.exec("purge")


class Scheduler:
    def __init__(self, env):
        self.sandbox = open_sandbox(env, "builder")

    async def tick(self):
        mailer = Mailer(self.sandbox)
        await mailer.deliver("hello")
