# [tool.wakecheck]
# entry = ["*.Poller.on_timer"]
# container-factories = ["*.make_client"]
# active-guards = ["*.has_pending_jobs"]
# empty-on-idle = { "*.working_agents" = "zero working agents" }

"""`len(rows) > 0` and `!= 0` are False on idle; `len(rows) == 0` is True."""
from clients import make_client


class Poller:
    def __init__(self, env, sql):
        self.client = make_client(env, "agents")
        self.sql = sql

    def working_agents(self):
        return self.sql.exec("SELECT id FROM agents WHERE status = 'working'").all()

    async def on_timer(self):
        rows = self.working_agents()
        if len(rows) > 0:
            await self.client.post("/agents/check")
        if len(rows) != 0:
            await self.client.post("/agents/check-again")
        if len(rows) == 0:
            await self.client.post("/agents/none")  # expect: WC001
