"""A sink inside a condition, an argument or a `while` test is still a sink."""
import asyncio

from containers import get_container


class Town:
    def __init__(self, env, log):
        self.container = get_container(env, "town")
        self.log = log

    async def alarm(self):
        if await self.container.fetch("/health"):  # expect: WC001
            self.log.info("healthy")
        self.log.info("status %s", await self.container.fetch("/status"))  # expect: WC001
        while (await self.container.fetch("/poll")).pending:  # expect: WC001
            await asyncio.sleep(1)
