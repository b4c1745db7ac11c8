"""The alarm imports a helper inside its body, a common way around import cycles."""
from containers import get_container


class TownDO:
    def __init__(self, env):
        self.container = get_container(env, "town")
        self.token = env.TOKEN

    async def alarm(self):
        from town import tokens

        await tokens.refresh(self.container, self.token)
