# [tool.wakecheck]
# entry = ["*.Town.alarm", "*.Mailer.on_cron"]
# container-factories = ["*.get_container"]
# active-guards = ["*.has_active_work"]

"""Several entry patterns: each matching function is an entry; others named alike are not."""
from containers import get_container


class Town:
    def __init__(self, env):
        self.container = get_container(env, "town")

    async def alarm(self):
        await self.container.fetch("/town")  # expect: WC001


class Mailer:
    def __init__(self, env):
        self.container = get_container(env, "mail")

    async def on_cron(self):
        await self.container.fetch("/mail")  # expect: WC001


class Archive:
    def __init__(self, env):
        self.container = get_container(env, "archive")

    async def alarm(self):
        await self.container.fetch("/archive")
