"""A callee that returns early on the guard is safe; a throttle alone does not gate."""
import time

from containers import get_container

HOUR = 3600


class Town:
    def __init__(self, env):
        self.container = get_container(env, "town")
        self.token = env.TOKEN
        self.last_refresh = 0.0

    def has_active_work(self) -> bool:
        return self.open_bead_count > 0

    async def alarm(self):
        await self.ensure_container_ready()
        await self.refresh_container_token()

    async def ensure_container_ready(self):
        if not self.has_active_work():
            return
        await self.container.fetch("/health")

    async def refresh_container_token(self):
        if time.time() - self.last_refresh < HOUR:
            return
        self.last_refresh = time.time()
        await self.container.set_env_var("TOKEN", self.token)  # expect: WC001
