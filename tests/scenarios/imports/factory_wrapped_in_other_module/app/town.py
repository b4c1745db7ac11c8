"""The handle comes back from a helper in another module."""
from .infra import town_container, town_settings


class Town:
    def __init__(self, env):
        self.env = env
        self.id = env.TOWN_ID

    async def alarm(self):
        container = town_container(self.env, self.id)
        await container.fetch("/health")  # expect: WC001
        settings = town_settings(self.env, self.id)
        await settings.fetch("theme")
