"""rare and guard: never on idle; rare or unknown: WC001; rare and unknown: WC002."""
from containers import get_container


class Town:
    def __init__(self, env):
        self.container = get_container(env, "town")
        self.force_refresh = env.FORCE_REFRESH
        self.config_dirty = False

    def on_config_change(self) -> None:
        # A request handler: the flag is set between ticks, so the tick cannot know it.
        self.config_dirty = True

    def has_active_work(self) -> bool:
        return self.open_bead_count > 0

    def token_expiring(self) -> bool:
        return self.token_expires_at - self.now() < 7 * 86400

    async def alarm(self):
        if self.token_expiring() and self.has_active_work():
            await self.container.fetch("/token/full-refresh")
        if self.token_expiring() or self.force_refresh:
            await self.container.fetch("/token/refresh")  # expect: WC001
        if self.token_expiring() and self.config_dirty:
            await self.container.fetch("/config/sync")  # expect: WC002
