"""A sink reached only when a rare predicate is True is WC002, not WC001."""
from containers import get_container


class Town:
    def __init__(self, env):
        self.container = get_container(env, "town")

    def token_expiring(self) -> bool:
        return self.token_expires_at - self.now() < 7 * 86400

    async def alarm(self):
        if self.token_expiring():
            await self.container.set_env_var("KILOCODE_TOKEN", self.new_token())  # expect: WC002
