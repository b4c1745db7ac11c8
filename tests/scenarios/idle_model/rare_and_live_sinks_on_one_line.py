"""Two sinks on one line, one rare and one live: the line carries both codes."""
from containers import get_container


class Town:
    def __init__(self, env):
        self.container = get_container(env, "town")

    def token_expiring(self) -> bool:
        return self.token_expires_at - self.now() < 7 * 86400

    async def alarm(self):
        c = self.container
        await (c.fetch("/token/rotate") if self.token_expiring() else c.fetch("/ping"))  # expect: WC001, WC002
