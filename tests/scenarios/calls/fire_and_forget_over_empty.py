# [tool.wakecheck]
# entry = ["alarm"]
# container-factories = ["*.get_container"]
# active-guards = ["*.has_active_work"]
# empty-on-idle = { "*.list_stale_escalations" = "zero stale escalations" }

"""A task started once per stale escalation is never started when there are none."""
import asyncio

from containers import get_container


class Town:
    def __init__(self, env, sql):
        self.container = get_container(env, "town")
        self.sql = sql

    def list_stale_escalations(self):
        return self.sql.exec("SELECT * FROM escalations WHERE stale = 1").all()

    async def alarm(self):
        await self.container.fetch("/ping")  # expect: WC001
        for escalation in self.list_stale_escalations():
            asyncio.ensure_future(self._send_mayor_message(escalation))

    async def _send_mayor_message(self, escalation):
        await self.container.fetch("/mayor/message", body=escalation.text)
