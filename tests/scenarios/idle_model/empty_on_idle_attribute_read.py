# [tool.wakecheck]
# entry = ["*.Relay.on_cron"]
# container-factories = ["*.acquire_runtime"]
# active-guards = ["*.needs_attention"]
# empty-on-idle = { "*.Relay.pending_triage" = "zero triage requests" }

"""An empty-on-idle pattern can match an attribute read, here a property."""
from runtime import acquire_runtime


class Relay:
    def __init__(self, env, sql):
        self.runtime = acquire_runtime(env)
        self.sql = sql

    @property
    def pending_triage(self):
        return self.sql.exec("SELECT * FROM triage WHERE done = 0").all()

    async def on_cron(self):
        for request in self.pending_triage:
            await self.runtime.call("triage", request.id)
        if self.pending_triage:
            await self.runtime.call("triage-summary")
        await self.runtime.call("ping")  # expect: WC001
