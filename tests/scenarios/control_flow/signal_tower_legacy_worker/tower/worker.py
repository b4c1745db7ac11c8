import collections
import logging

import relay_tools  # a helper library outside the project

from tower.base import BaseWorker
from tower.cabinet import attach_relay_cabinet, queued_route_requests, trains_approaching

log = logging.getLogger(__name__)


class TowerWorker(BaseWorker):
    def __init__(self, ctx):
        super(TowerWorker, self).__init__(ctx)
        self.pending = collections.deque(["bells", "lamps"])

    def tick(self):
        self.heartbeat()
        requests = queued_route_requests(self.ctx["site"])
        for i in range(len(requests)):
            self.ctx["cabinet"].fetch("/routes/%s" % requests[i])
        if trains_approaching(self.ctx["site"]):
            self.ctx["cabinet"].fetch("/levers/throw")
            self.levers_thrown = True
        if self.levers_thrown:
            self.levers_thrown = False
            self.ctx["cabinet"].fetch("/levers/detect")
        while self.pending:
            log.info("checking %s", self.pending.popleft())
        self.ctx["cabinet"].fetch("/shift/close")  # expect: WC001
        relay_tools.ordered([self.ctx["cabinet"]])[0].fetch("/relays")  # expect: WC003


def main(site):
    return TowerWorker({"site": site, "cabinet": attach_relay_cabinet(site)})
