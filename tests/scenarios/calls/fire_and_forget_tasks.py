"""Coroutines handed to ensure_future, create_task or wait_until still run."""
import asyncio

from containers import get_container


class Town:
    def __init__(self, ctx, env):
        self.ctx = ctx
        self.container = get_container(env, "town")

    async def alarm(self):
        asyncio.ensure_future(self._notify_mayor())
        asyncio.create_task(self.container.fetch("/warm"))  # expect: WC001
        self.ctx.wait_until(self._report())

    async def _notify_mayor(self):
        await self.container.fetch("/mayor/notify", method="POST")  # expect: WC001

    async def _report(self):
        await self.container.fetch("/report")  # expect: WC001
