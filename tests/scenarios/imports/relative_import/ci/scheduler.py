"""The scheduler reaches its steps through `from . import` and `from .steps import`."""
from . import steps
from .steps import warm_pool


class Scheduler:
    def __init__(self, env):
        self.env = env
        self.queue = []

    def is_busy(self) -> bool:
        return bool(self.queue)

    async def tick(self):
        await warm_pool(self.env)
        if self.is_busy():
            await steps.build(self.env)
