import wkenv
from wkenv import get_container
from .state import Idle, Snapshot, box, has_active_work, list_working_agents, pred_and, pred_early, pred_guard, pred_not_guard, pred_or, require_work, sync_config, token_expiring
import p002194.jobs as jobs
import p002194.town as town
from .pool import init_pools

def start(env):
    init_pools(env)
    app = town.Town(env)
    app.connect()
    return app
