"""`fetch` on the SQL store or an HTTP client is not a container call."""
from containers import get_container
from http_client import HttpClient


class Town:
    def __init__(self, ctx, env):
        self.sql = ctx.storage.sql
        self.http = HttpClient(env.API_URL)
        self.container = get_container(env, "town")

    async def alarm(self):
        rows = self.sql.fetch("SELECT id FROM agents")
        await self.http.fetch("/api/ping")
        await self.http.set_env_var("X", "1")
        await self.container.fetch("/health")  # expect: WC001
        return rows
