"""Comprehensions over an empty-on-idle collection never evaluate their element."""
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
        agents = self.list_working_agents()
        statuses = [await self.container.fetch(f"/agents/{a.id}") for a in agents]
        pending = {a.id: self.container.fetch(f"/a/{a.id}") for a in agents}
        rigs = [await self.container.fetch(f"/rigs/{r.id}") for r in self.list_rigs()]  # expect: WC001
        return statuses, pending, rigs
