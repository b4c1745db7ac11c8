# [tool.wakecheck]
# entry = ["*.Relay.on_cron"]
# container-factories = ["*.acquire_runtime"]
# active-guards = ["*.needs_attention"]

"""Any call in a `try` body may raise, so its handler is reachable."""
from runtime import acquire_runtime


class LoadError(Exception):
    pass


class Relay:
    def __init__(self, env, sql):
        self.runtime = acquire_runtime(env)
        self.sql = sql

    def load_rows(self):
        return self.sql.exec("SELECT * FROM outbox").all()

    async def on_cron(self):
        try:
            rows = self.load_rows()
        except LoadError:
            await self.runtime.call("report-load-error")  # expect: WC001
            return
        self.rows = rows
