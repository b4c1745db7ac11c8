"""`self.ping()` resolves to the base class method when the subclass does not define it."""
from containers import get_container


class ContainerOwner:
    async def ping(self):
        await self.container.fetch("/ping")  # expect: WC001

    async def ensure_ready(self):
        if not self.has_active_work():
            return
        await self.container.fetch("/health")


class Town(ContainerOwner):
    def __init__(self, env):
        self.container = get_container(env, "town")
        self.open_bead_count = 0

    def has_active_work(self) -> bool:
        return self.open_bead_count > 0

    async def alarm(self):
        await self.ping()
        await self.ensure_ready()
