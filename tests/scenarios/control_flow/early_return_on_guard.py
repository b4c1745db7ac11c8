"""An early return on the activity guard protects every call after it."""
from containers import get_container


class Town:
    def __init__(self, env):
        self.env = env
        self.container = get_container(env, "town")

    def has_active_work(self) -> bool:
        return self.open_bead_count > 0

    async def alarm(self):
        await self.container.fetch("/ping")  # expect: WC001
        if not self.has_active_work():
            return
        await self.container.fetch("/health")
        await self.container.set_env_var("TOKEN", self.token)
