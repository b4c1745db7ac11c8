"""`busy and sink()` and `not busy or sink()` skip the sink on idle; `busy or sink()` runs it."""
from containers import get_container


class Town:
    def __init__(self, env):
        self.container = get_container(env, "town")
        self.rigs = []

    def has_active_work(self) -> bool:
        return self.open_bead_count > 0

    def has_rigs(self) -> bool:
        return bool(self.rigs)

    async def alarm(self):
        busy = self.has_active_work()
        busy and await self.container.fetch("/sync")
        self.has_active_work() and await self.container.fetch("/sync-direct")
        not busy or await self.container.fetch("/busy-only")
        busy or await self.container.fetch("/idle-ping")  # expect: WC001
        result = self.has_rigs() and await self.container.fetch("/rigs")  # expect: WC001
        self.last_result = result
