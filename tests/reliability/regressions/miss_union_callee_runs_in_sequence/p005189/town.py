import wkenv
from wkenv import get_container
from .state import token_expiring

class Town:

    def __init__(self, env):
        self.container = get_container(env)

    async def alarm(self):
        fn = self.first if wkenv.flag("c1") else self.second
        await fn()

    async def first(self):
        if not token_expiring(self):
            raise wkenv.Boom("r1")

    async def second(self):
        await self.container.post("/s1")
