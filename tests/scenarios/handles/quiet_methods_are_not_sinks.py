"""`get_state()` and `stop()` are quiet methods by configuration: they do not wake it."""
from containers import get_container


class Town:
    def __init__(self, env):
        self.container = get_container(env, "town")

    def has_active_work(self) -> bool:
        return self.open_bead_count > 0

    async def alarm(self):
        state = await self.container.get_state()
        if state.status == "running" and not self.has_active_work():
            await self.container.stop()
        await self.container.fetch("/metrics")  # expect: WC001
