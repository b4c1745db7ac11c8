# [tool.wakecheck]
# entry = ["*.TownDO.alarm"]
# container-factories = ["*.get_town_container_stub"]
# sinks = ["*.sync_config_to_container"]
# active-guards = ["*.has_active_work"]
# empty-on-idle = { "*.list_working_agents" = "zero working agents" }
# rare = { "*.is_kilocode_token_expiring" = "only near token expiry" }
# quiet-methods = ["get_state", "stop"]

"""The hourly token refresh gated on `has_rigs` instead of `has_active_work`."""
import time

from gastown.config_sync import sync_config_to_container
from gastown.containers import get_town_container_stub

HOUR = 3600


class TownDO:
    def __init__(self, ctx, env):
        self.sql = ctx.storage.sql
        self.env = env
        self.town_id = env.TOWN_ID
        self.token = env.TOKEN
        self.last_token_refresh = 0.0

    def has_active_work(self) -> bool:
        return self.sql.exec("SELECT count(*) FROM beads WHERE status = 'open'").one() > 0

    def list_rigs(self):
        return self.sql.exec("SELECT * FROM rigs").all()

    def list_working_agents(self):
        return self.sql.exec("SELECT * FROM agents WHERE status = 'working'").all()

    def is_kilocode_token_expiring(self) -> bool:
        return self.sql.exec("SELECT expires_at FROM tokens").one() < time.time() + 7 * 86400

    def _stub(self):
        return get_town_container_stub(self.env, self.town_id)

    async def alarm(self):
        has_rigs = len(self.list_rigs()) > 0
        if has_rigs:
            await self.ensure_container_ready()
            await self.refresh_container_token()
            await self.refresh_kilocode_token_if_expiring()
        for agent in self.list_working_agents():
            await self._stub().fetch(f"/agents/{agent.id}/status")

    async def ensure_container_ready(self):
        if not self.has_active_work():
            return
        await self._stub().fetch("/health")

    async def refresh_container_token(self):
        now = time.time()
        if now - self.last_token_refresh < HOUR:
            return
        self.last_token_refresh = now
        stub = self._stub()
        await stub.set_env_var("GASTOWN_TOKEN", self.token)  # expect: WC001
        await stub.fetch("/refresh-token", method="POST")  # expect: WC001

    async def refresh_kilocode_token_if_expiring(self):
        if not self.is_kilocode_token_expiring():
            return
        await sync_config_to_container(self.env, self.town_id)  # expect: WC002
