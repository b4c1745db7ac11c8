import logging

from .dock import dock_client
from .leases import BerthLease, TideLease

log = logging.getLogger(__name__)


class HarborMaster:
    def __init__(self, env):
        self.env = env
        self.client = dock_client(env)

    def alarm(self):
        kind = TideLease if self.env.get("side") == "tide" else BerthLease
        # One of the two leases is taken: the berth lease's release runs on every idle tick,
        # whether or not the tide lease could have been entered.
        with kind(self.client, self.env):
            log.info("tick")
