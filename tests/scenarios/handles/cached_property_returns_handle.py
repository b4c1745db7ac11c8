# [tool.wakecheck]
# entry = ["*.Relay.on_cron"]
# container-factories = ["*.acquire_runtime"]
# active-guards = ["*.needs_attention"]

"""`functools.cached_property` returning a handle behaves like a handle attribute."""
import functools
from functools import cached_property

from runtime import acquire_runtime


class Relay:
    def __init__(self, env):
        self.env = env

    @functools.cached_property
    def runtime(self):
        return acquire_runtime(self.env)

    @cached_property
    def backup_runtime(self):
        return acquire_runtime(self.env, region="backup")

    async def on_cron(self):
        await self.runtime.call("ping")  # expect: WC001
        await self.backup_runtime.call("ping")  # expect: WC001
