"""An outer loop over rigs may run; the inner loop over working agents never does."""
from containers import get_container


class Town:
    def __init__(self, env, sql):
        self.container = get_container(env, "town")
        self.sql = sql

    def list_working_agents(self):
        return self.sql.exec("SELECT * FROM agents WHERE status = 'working'").all()

    def list_rigs(self):
        return self.sql.exec("SELECT * FROM rigs").all()

    async def alarm(self):
        for rig in self.list_rigs():
            await self.container.fetch(f"/rigs/{rig.id}")  # expect: WC001
            for agent in self.list_working_agents():
                await self.container.fetch(f"/agents/{agent.id}")
