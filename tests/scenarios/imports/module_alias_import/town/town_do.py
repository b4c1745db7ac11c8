"""The town's alarm loop calls the token refresh through a module alias."""
import town.tokens as tok


class TownDO:
    def __init__(self, env):
        self.env = env
        self.town_id = env.TOWN_ID
        self.token = env.TOKEN
        self.rigs = []

    def has_rigs(self) -> bool:
        return bool(self.rigs)

    async def alarm(self):
        if self.has_rigs():
            await tok.refresh_container_token(self.env, self.town_id, self.token)
