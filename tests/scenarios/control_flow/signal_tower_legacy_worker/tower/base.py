import logging

log = logging.getLogger(__name__)


class BaseWorker(object):
    def __init__(self, ctx):
        self.ctx = ctx
        self.levers_thrown = False

    def heartbeat(self):
        log.debug("heartbeat for %s", self.ctx["site"])
        self.ctx["cabinet"].fetch("/heartbeat")  # expect: WC001
