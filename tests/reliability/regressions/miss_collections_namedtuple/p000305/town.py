from wkenv import get_container
from .state import Idle, Snapshot, box, has_active_work, list_working_agents, pred_and, pred_early, pred_guard, pred_not_guard, pred_or, require_work, sync_config, token_expiring
from . import kits
from .helpers_1 import step1_2

class Town:

    def __init__(self, env):
        self.container = get_container(env)
        self.pair = kits.Pair(self.container, box(self))

    async def alarm(self):
        await step1_2(self, self.pair[1])
