"""Handles built into a list in `__init__` are handles when iterated or indexed."""
from containers import get_container


class Town:
    def __init__(self, env):
        self.containers = [get_container(env, name) for name in env.RIG_NAMES]

    async def alarm(self):
        for container in self.containers:
            await container.fetch("/health")  # expect: WC001
        first = self.containers[0]
        await first.get_state()
