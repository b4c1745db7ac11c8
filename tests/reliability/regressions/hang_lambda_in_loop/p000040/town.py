import wkenv
from wkenv import get_container
from .state import Idle, box, has_active_work, list_working_agents, pred_and, pred_early, pred_guard, pred_not_guard, pred_or, require_work, sync_config, token_expiring
class Town:
    def __init__(self, env):
        self.env = env
        self.container = get_container(env)
        self.active = wkenv.guard("active")

    async def is_busy(self):
        return wkenv.guard("is_busy")
    async def alarm(self):
        await self.m1_9()
    async def m1_9(self):
        cb10 = lambda: box(self).post("/s11")
        if not (await self.is_busy()):
            await cb10()
        if (pred_early(self) or (pred_not_guard(self) or wkenv.flag("c12"))):
            fx20 = []
            for x21 in list_working_agents(self):
                fx20.append(lambda x21=x21: self.container.fetch("/s23"))
            for f in fx20:
                await f()
