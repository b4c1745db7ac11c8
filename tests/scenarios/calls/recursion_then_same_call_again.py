# [tool.wakecheck]
# entry = ["*.Poller.on_timer"]
# container-factories = ["*.make_client"]
# active-guards = ["*.has_pending_jobs"]

"""A call cut short as a recursion is not what the same call gets later.

`_step(FIRST)` calls `_step(SECOND)`, which calls `_step(THIRD)`: a third activation
of `_step` at once, which is cut short (it returns something unknown and reaches
nothing). The entry then calls `_step(THIRD)` itself, with the very same values (the
same `self`, the same module constant): that call is analysed in full, and reaches the
sink that only THIRD reaches.
"""
from clients import make_client

FIRST = "first"
SECOND = "second"
THIRD = "third"


class Poller:
    def __init__(self, env):
        self.client = make_client(env, "jobs")

    async def on_timer(self):
        await self._step(FIRST)
        await self._step(THIRD)

    async def _step(self, level):
        if level == FIRST:
            await self._step(SECOND)
        elif level == SECOND:
            await self._step(THIRD)
        else:
            await self.client.post("/step")  # expect: WC001
