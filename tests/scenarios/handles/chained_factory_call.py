"""A method called directly on the factory's result wakes the container."""
from containers import get_container


class Town:
    def __init__(self, env):
        self.env = env

    async def alarm(self):
        await get_container(self.env, "town").fetch("/health")  # expect: WC001
        state = await get_container(self.env, "town").get_state()
        return state
