import wkenv
from wkenv import get_container
from .state import Idle, Snapshot, box, has_active_work, list_working_agents, pred_and, pred_early, pred_guard, pred_not_guard, pred_or, require_work, sync_config, token_expiring
from p002194 import probes_1
from . import proxies
from .pool import POOLS

class Town:

    def __init__(self, env):
        self.env = env
        self.container = get_container(env)
        self.active = wkenv.guard("active")

    async def is_busy(self):
        return wkenv.guard("is_busy")

    async def alarm(self):
        if self.active == False:
            await self.box.post("/s1")
        probes_1.Probe2.from_env(self, self.box, note="n54").run()

    def connect(self):
        fresh = get_container(self.env)
        self.box = fresh
