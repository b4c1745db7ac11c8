"""`if rows:` is False and `if not rows: return` returns for an empty-on-idle collection."""
from containers import get_container


class Town:
    def __init__(self, env, sql):
        self.container = get_container(env, "town")
        self.sql = sql

    def list_working_agents(self):
        return self.sql.exec("SELECT * FROM agents WHERE status = 'working'").all()

    async def alarm(self):
        await self.container.fetch("/ping")  # expect: WC001
        rows = self.list_working_agents()
        if rows:
            await self.container.fetch("/agents/status")
        await self._deliver_mail()

    async def _deliver_mail(self):
        agents = self.list_working_agents()
        if not agents:
            return
        await self.container.fetch("/mail/deliver")
