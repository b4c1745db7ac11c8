"""The alarm calls the token helper through its module-level alias."""
from town.containers import get_container
from town.tokens import refresh


class TownDO:
    def __init__(self, env):
        self.env = env
        self.token = env.TOKEN

    async def alarm(self):
        stub = get_container(self.env, "town")
        await refresh(stub, self.token)
