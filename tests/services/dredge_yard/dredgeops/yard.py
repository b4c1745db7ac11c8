"""The yard's state machine; the harbour platform ticks it every five minutes."""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable

import kvbox
import stowage

from .handlers import BargeLoadHandler, GaugeFlushHandler, JobChain, LogOnlyHandler, YardJob
from .hull import DredgeHull, dispatcher, provision_dredge_hull
from .settings import DredgeSettings
from .store import DredgeStore
from .survey import HullSurveyVisitor, SurveyCountVisitor, build_survey_plan
from .workers import TowWorker

log = logging.getLogger(__name__)


class DredgeState(enum.Enum):
    IDLE = "idle"
    CUTTING = "cutting"
    PURGING = "purging"


class DredgeEvent(enum.Enum):
    TICK = "tick"
    CUT_DONE = "cut-done"


class DredgeYard:
    def __init__(self, settings: DredgeSettings, store: DredgeStore, hull: DredgeHull,
                 tow_worker: TowWorker, chain: JobChain) -> None:
        self.settings = settings
        self.store = store
        self.hull = hull
        self.tow_worker = tow_worker
        self.chain = chain
        self.state = DredgeState.IDLE
        self.survey_plan = build_survey_plan(settings.channels, settings.berths)
        self._transitions: dict[tuple[DredgeState, DredgeEvent], Callable[[], None]] = {
            (DredgeState.IDLE, DredgeEvent.TICK): self._on_idle_tick,
            (DredgeState.CUTTING, DredgeEvent.TICK): self._on_cutting_tick,
            (DredgeState.CUTTING, DredgeEvent.CUT_DONE): self._on_cut_done,
            (DredgeState.PURGING, DredgeEvent.TICK): self._on_purging_tick,
        }

    def fire(self, event: DredgeEvent) -> None:
        transition = self._transitions.get((self.state, event))
        if transition is None:
            log.debug("no transition for %s in %s", event, self.state)
            return
        transition()

    def tick(self) -> None:
        self.fire(DredgeEvent.TICK)
        jobs = [YardJob("housekeeping")]
        jobs.extend(YardJob("spoil-load", {"load": load.load_id}) for load in self.store.pending_spoil_loads())
        for job in jobs:
            self.chain.dispatch(job)
        handled = self.tow_worker.run_cycle()
        counter = SurveyCountVisitor()
        self.survey_plan.accept(counter)
        if self.store.sonar_survey_due():
            self.survey_plan.accept(HullSurveyVisitor(self.hull))
        if not self.store.record_tick(self.state.value):
            log.warning("tick of %s (%d tows, %d nodes) not recorded", self.settings.yard, handled, sum(counter.counts.values()))

    def _on_idle_tick(self) -> None:
        dispatcher.send("/yard/heartbeat", yard=self.settings.yard)
        if self.store.dredge_has_open_cuts():
            self.state = DredgeState.CUTTING
            self.hull.fetch("/cutter/spin-up", method="POST")

    def _on_cutting_tick(self) -> None:
        self.hull.fetch("/cutter/advance", method="POST")
        if not self.store.dredge_has_open_cuts():
            self.fire(DredgeEvent.CUT_DONE)

    def _on_cut_done(self) -> None:
        self.state = DredgeState.PURGING
        log.info("cut finished; purging the pipeline")

    def _on_purging_tick(self) -> None:
        log.info("pipeline purged")
        self.state = DredgeState.IDLE


def open_yard(yard: str) -> DredgeYard:
    settings = DredgeSettings.from_env(yard)
    hull = provision_dredge_hull(yard)
    dispatcher.configure(hull=hull, yard=yard)
    store = DredgeStore(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), yard, settings.page_size)
    chain = JobChain([BargeLoadHandler(hull), GaugeFlushHandler(hull), LogOnlyHandler()])
    worker = TowWorker(hull, store, interval=settings.tow_interval)
    log.info("dredge yard %s open", yard)
    return DredgeYard(settings, store, hull, worker, chain)
