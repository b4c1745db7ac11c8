import wkenv
from .state import Idle, Snapshot, box, has_active_work, list_working_agents, pred_and, pred_early, pred_guard, pred_not_guard, pred_or, require_work, sync_config, token_expiring
from .registry import ROUTES

def job21(town):
    helpers_3.step3_23(town, town.container)

def job43(town):
    cb45 = lambda: town.box.post("/s46")
    if wkenv.flag("c47"):
        cb45()
    sync_config(town, "/s48")
ROUTES["k22"] = job21
ROUTES.setdefault("k44", job43)
