"""Steps wrapped in try/except that only logs: each step keeps its own verdict."""
from containers import get_container


class Town:
    def __init__(self, env, log):
        self.container = get_container(env, "town")
        self.token = env.TOKEN
        self.log = log

    def has_active_work(self) -> bool:
        return self.open_bead_count > 0

    async def alarm(self):
        try:
            await self.ensure_container_ready()
        except Exception as exc:
            self.log.warning("health check failed: %s", exc)
        try:
            await self.refresh_container_token()
        except Exception as exc:
            self.log.warning("token refresh failed: %s", exc)

    async def ensure_container_ready(self):
        if not self.has_active_work():
            return
        await self.container.fetch("/health")

    async def refresh_container_token(self):
        await self.container.set_env_var("TOKEN", self.token)  # expect: WC001
        await self.container.fetch("/refresh-token", method="POST")  # expect: WC001
