"""`alarm` runs its body through a logging-context wrapper from a library; the lambda
it passes is assumed to be called."""
from containers import get_container
from log_context import with_log_tags


class TownDO:
    def __init__(self, env):
        self.container = get_container(env, "town")

    async def alarm(self):
        await with_log_tags({"source": "Town.do"}, lambda: self._alarm())

    async def _alarm(self):
        await self.container.fetch("/health")  # expect: WC001
