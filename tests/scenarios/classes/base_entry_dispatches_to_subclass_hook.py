"""An `alarm` in the base class calls a hook that a subclass overrides."""
from containers import get_container


class AlarmLoop:
    async def alarm(self):
        await self.on_tick()

    async def on_tick(self):
        return None


class Town(AlarmLoop):
    def __init__(self, env):
        self.container = get_container(env, "town")

    async def on_tick(self):
        await self.container.fetch("/health")  # expect: WC001
