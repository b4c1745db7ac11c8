"""An empty-on-idle collection stays empty when passed to a helper as an argument."""
from containers import get_container


class Town:
    def __init__(self, env, sql):
        self.container = get_container(env, "town")
        self.sql = sql

    def list_working_agents(self):
        return self.sql.exec("SELECT * FROM agents WHERE status = 'working'").all()

    async def alarm(self):
        await self.container.fetch("/ping")  # expect: WC001
        await self._deliver_mail(self.list_working_agents())

    async def _deliver_mail(self, agents):
        if not agents:
            return
        await self.container.fetch("/mail/deliver")
