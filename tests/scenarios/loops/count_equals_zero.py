# [tool.wakecheck]
# entry = ["*.Relay.on_cron"]
# container-factories = ["*.acquire_runtime"]
# active-guards = ["*.needs_attention"]
# empty-on-idle = { "*.count_unread" = "no unread messages" }

"""An empty-on-idle count is zero: `== 0` is True, `> 0` is False."""
from runtime import acquire_runtime


class Relay:
    def __init__(self, env, sql):
        self.runtime = acquire_runtime(env)
        self.sql = sql

    def count_unread(self) -> int:
        return self.sql.exec("SELECT count(*) FROM messages WHERE read = 0").one()

    async def on_cron(self):
        await self.runtime.call("ping")  # expect: WC001
        if self.count_unread() > 0:
            await self.runtime.call("preview")
        unread = self.count_unread()
        if unread == 0:
            return
        await self.runtime.call("deliver")
