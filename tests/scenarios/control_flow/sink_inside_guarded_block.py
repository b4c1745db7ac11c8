"""Calls inside `if has_active_work():` are safe; the call after the block is not."""
from containers import get_container


class Town:
    def __init__(self, env):
        self.container = get_container(env, "town")

    def has_active_work(self) -> bool:
        return self.open_bead_count > 0

    async def alarm(self):
        if self.has_active_work():
            await self.container.fetch("/health")
            await self.container.set_env_var("MODE", "busy")
        await self.container.fetch("/metrics")  # expect: WC001
