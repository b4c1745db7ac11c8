"""A helper called under a rare predicate and also under an unknown condition is WC001."""
from containers import get_container


class Town:
    def __init__(self, env):
        self.container = get_container(env, "town")
        self.config_dirty = False

    def on_config_change(self) -> None:
        # A request handler: the flag is set between ticks, so the tick cannot know it.
        self.config_dirty = True

    def token_expiring(self) -> bool:
        return self.token_expires_at - self.now() < 7 * 86400

    async def alarm(self):
        if self.token_expiring():
            await self._sync_config()
        if self.config_dirty:
            await self._sync_config()

    async def _sync_config(self):
        await self.container.fetch("/config", method="PUT")  # expect: WC001
