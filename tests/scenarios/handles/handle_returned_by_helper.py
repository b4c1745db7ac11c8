"""A helper that creates and caches the handle returns a handle."""
from containers import get_container


class Town:
    def __init__(self, env):
        self.env = env
        self.town_id = env.TOWN_ID
        self._stub = None

    def _container(self):
        if self._stub is None:
            self._stub = get_container(self.env, self.town_id)
        return self._stub

    async def alarm(self):
        await self._container().fetch("/health")  # expect: WC001
        stub = self._container()
        await stub.set_env_var("REGION", "eu")  # expect: WC001
