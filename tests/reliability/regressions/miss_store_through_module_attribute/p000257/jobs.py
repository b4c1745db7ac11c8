from .state import Idle, Snapshot, box, has_active_work, list_working_agents, pred_and, pred_early, pred_guard, pred_not_guard, pred_or, require_work, sync_config, token_expiring
from . import registry

def job1(town):
    sync_config(town, "/s27")
registry.ROUTES["k2"] = job1
