"""A loop over an empty-on-idle collection runs zero times; a loop over rigs may run."""
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
        for agent in self.list_working_agents():
            await self.container.fetch(f"/agents/{agent.id}/status")
        for rig in self.list_rigs():
            await self.container.fetch(f"/rigs/{rig.id}/warm")  # expect: WC001
