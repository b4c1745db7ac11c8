"""The cooperage master and main(); the plant ticks the master every ten minutes."""

import logging
import threading

from . import census, jobs, settings  # noqa: F401  (census and jobs register their hooks)
from .bench import BenchRef
from .census import CaskGauger
from .hooks import run_tick_hooks
from .store import CooperageStore

log = logging.getLogger(__name__)


class BaseMaster(object):
    __slots__ = ("ctx", "_lock", "_stop", "ticks")

    def __init__(self, ctx):
        self.ctx = ctx
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self.ticks = 0

    def stop(self):
        self._stop.set()


class CooperageMaster(BaseMaster):
    __slots__ = ("_last_kind",)

    HANDLERS = {"raised": "handle_raised", "quiet": "handle_quiet", "gauging": "handle_gauging"}

    def __init__(self, ctx):
        super(CooperageMaster, self).__init__(ctx)
        self._last_kind = None

    def tick(self):
        if self._stop.is_set():
            return
        with self._lock:
            self.ticks += 1
            kind = self._classify()
            getattr(self, self.HANDLERS[kind])()
            self._last_kind = kind
        run_tick_hooks(self.ctx, tick=self.ticks)
        driven = self.drive_hoops()
        if not self.ctx["store"].record_tick(kind):
            log.warning("tick %d (%s, %d hoops) not recorded", self.ticks, kind, driven)

    def _classify(self):
        store = self.ctx["store"]
        if store.cooperage_has_raised_casks():
            return "raised"
        if store.cooper_gauging_due():
            return "gauging"
        return "quiet"

    def handle_raised(self):
        self.ctx["bench"].fetch("/casks/raised/steam", method="POST")

    def handle_quiet(self):
        self.ctx.get("bench").fetch("/heartbeat", method="POST", json={"tick": self.ticks})

    def handle_gauging(self):
        gauger = CaskGauger.for_ctx(self.ctx)
        gauger.run()

    def drive_hoops(self):
        store = self.ctx["store"]
        driven = 0
        while True:
            order = store.next_hoop_order()
            if not order:
                break
            self.ctx["bench"].fetch("/hoops/%s/drive" % order["id"], method="POST")
            driven += 1
            if driven >= settings.HOOP_BATCH_LIMIT:
                break
        return driven


def main(cooperage):
    ctx = {}
    ctx["cooperage"] = cooperage
    ref = BenchRef.open(cooperage)
    ctx["bench_ref"] = ref
    ctx["bench"] = ref.bench
    ctx["store"] = CooperageStore.connect(settings.COOPERAGE_DSN, settings.COOPERAGE_CACHE, cooperage)
    ctx["rack_pairs"] = settings.rack_slots()
    ctx["lock"] = threading.Lock()
    log.info("cooperage %s ready", cooperage)
    return CooperageMaster(ctx)
