# [tool.wakecheck]
# entry = ["*.Relay.on_cron"]
# container-factories = ["*.acquire_runtime"]
# active-guards = ["*.needs_attention"]

"""Callables held in a dataclass field and called through it are reached."""
from dataclasses import dataclass
from typing import Awaitable, Callable

from runtime import acquire_runtime


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[], Awaitable[object]]


class Relay:
    def __init__(self, env):
        self.runtime = acquire_runtime(env)
        self.unread = 0

    def needs_attention(self) -> bool:
        return self.unread > 0

    async def on_cron(self):
        steps = [
            Step("ping", lambda: self.runtime.call("ping")),  # expect: WC001
            Step("deliver", self._deliver),
        ]
        for step in steps:
            await step.run()

    async def _deliver(self):
        if not self.needs_attention():
            return
        await self.runtime.call("deliver")
