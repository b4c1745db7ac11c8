"""`if rows := empty():` and `while batch := empty():` never enter their bodies on idle."""
from containers import get_container


class Town:
    def __init__(self, env, sql):
        self.container = get_container(env, "town")
        self.sql = sql

    def list_working_agents(self):
        return self.sql.exec("SELECT * FROM agents WHERE status = 'working'").all()

    def mark_done(self, batch):
        self.sql.exec("UPDATE agents SET status = 'done' WHERE id IN ?", batch)

    async def alarm(self):
        await self.container.fetch("/ping")  # expect: WC001
        if agents := self.list_working_agents():
            await self.container.fetch("/agents/status", agents)
        while batch := self.list_working_agents():
            await self.container.fetch("/agents/drain", batch)
            self.mark_done(batch)
