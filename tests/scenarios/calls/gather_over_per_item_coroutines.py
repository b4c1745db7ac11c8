"""`asyncio.gather` over one coroutine per item: none when the items are empty on idle."""
import asyncio

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
        await asyncio.gather(
            *(self._check(agent) for agent in agents), return_exceptions=True
        )
        rigs = self.list_rigs()
        await asyncio.gather(*[self._warm(rig) for rig in rigs])

    async def _check(self, agent):
        await self.container.fetch(f"/agents/{agent.id}/status")

    async def _warm(self, rig):
        await self.container.fetch(f"/rigs/{rig.id}/warm")  # expect: WC001
