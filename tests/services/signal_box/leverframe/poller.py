"""The interlocking poller and main(); the supervisor polls every two minutes."""

import logging
import threading

from . import settings
from .block import ring_block_bells, scan_track_circuits
from .cabins import open_cabins
from .lamps import LampProver
from .relay import announce
from .routes import RouteBook

log = logging.getLogger(__name__)


class BasePoller(object):
    HANDLERS = {"clear": "on_clear"}

    def __init__(self, ctx, **options):
        self.ctx = ctx
        self.options = options

    def dispatch(self, state):
        name = self.HANDLERS.get(state)
        if name is None:
            log.warning("no handler for %s", state)
            return False
        getattr(self, name)()
        return True

    def on_clear(self):
        log.debug("all routes clear")


class LockedPoller(BasePoller):
    def __init__(self, ctx, **options):
        BasePoller.__init__(self, ctx, **options)
        self._lock = threading.Lock()
        self._stop = threading.Event()

    def stop(self):
        self._stop.set()


class InterlockingPoller(LockedPoller):
    HANDLERS = dict(BasePoller.HANDLERS, set="on_route_set")

    def __init__(self, ctx, **options):
        LockedPoller.__init__(self, ctx, **options)
        self._points_thrown = False
        self.polls = 0

    def poll(self):
        if self._stop.is_set():
            return
        with self._lock:
            self.polls += 1
            state = "set" if self.ctx["routes"].route_is_set() else "clear"
            self.dispatch(state)
            self.detect_points()
        ring_block_bells(self.ctx)
        announce(self.ctx, event="poll", poll=self.polls)
        self.serve_route_requests()
        scan_track_circuits(self.ctx)
        if self.ctx["routes"].lamp_proving_due():
            LampProver.for_cabins(self.ctx["cabins"]).prove()
        drained = self.ctx["routes"].drain_bus()
        log.debug("poll %d drained %d panel messages", self.polls, drained)

    def on_route_set(self):
        self.ctx["primary"].fetch("/points/throw", method="POST")
        self._points_thrown = True

    def detect_points(self):
        if not self._points_thrown:
            return
        self._points_thrown = False
        self.ctx["cabins"]["south"].fetch("/points/detect", method="POST")

    def serve_route_requests(self):
        requests = self.ctx["routes"].pending_route_requests()
        cabin = self.ctx.get("primary")
        for i in range(len(requests)):
            cabin.fetch("/routes/%s/set" % requests[i]["id"], method="POST")


def main(box):
    ctx = {"box": box}
    ctx["cabins"] = open_cabins(box)
    ctx.setdefault("primary", ctx["cabins"]["north"])
    ctx["routes"] = RouteBook.open(settings.ROUTES_DSN, settings.ROUTES_CACHE, box, settings.BUS_TOPIC)
    log.info("signal box %s polling", box)
    return InterlockingPoller(ctx, interval=120)
