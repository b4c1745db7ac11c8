"""With zero iterations the loop body is skipped but the `else` clause runs."""
from containers import get_container


class Town:
    def __init__(self, env, sql):
        self.container = get_container(env, "town")
        self.sql = sql

    def list_working_agents(self):
        return self.sql.exec("SELECT * FROM agents WHERE status = 'working'").all()

    async def alarm(self):
        for agent in self.list_working_agents():
            if agent.stalled:
                await self.container.fetch(f"/agents/{agent.id}/restart")
                break
        else:
            await self.container.fetch("/agents/all-healthy")  # expect: WC001
