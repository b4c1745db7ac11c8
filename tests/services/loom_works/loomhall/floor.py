"""The weaving-floor supervisor: its shift tick runs every ten minutes."""

from __future__ import annotations

import logging
from collections import Counter

import kvbox
import stowage

from .beams import BeamKeeper
from .frames import LoomLine, rig_loom_frame
from .inspection import BoltInspectionDesk
from .ledger import WarpLedger
from .routing import make_stop_router, reseat_shuttle
from .settings import MillSettings

log = logging.getLogger(__name__)


class WeaveFloorSupervisor:
    def __init__(self, settings: MillSettings, ledger: WarpLedger, frame: object) -> None:
        self.settings = settings
        self.ledger = ledger
        self.frame = frame
        self._lines: dict[str, LoomLine] = {}
        self._route = make_stop_router(frame)
        self.desk = BoltInspectionDesk(ledger, frame, settings.inspection_kinds)
        self.beams = BeamKeeper(ledger, frame)

    def shift_tick(self) -> None:
        self.sample_tension()
        stops = self.ledger.loom_stops()
        for stop in stops:
            self._route(stop)
        tally = Counter(stop.kind for stop in stops)
        log.info("stops this tick: %s", dict(tally))
        self.ledger.mark_stops_seen()
        reseated = self.triage_shuttle_faults()
        grades = self.desk.inspect_waiting_bolts()
        self.beams.change_if_due(self.settings.beams)
        log.info("shift tick: %d reseated, %d bolts graded", reseated, sum(grades.values()))

    def sample_tension(self) -> None:
        for slot, (loom, beam) in enumerate(zip(self.settings.looms, self.settings.beams), start=1):
            line = self._lines.setdefault(loom, LoomLine(loom, self.frame))
            line.tension_target = self.settings.tension_cn
            line.sample_tension(beam, slot)

    def triage_shuttle_faults(self) -> int:
        reseated = 0
        while self.ledger.shuttle_faults_pending():
            fault = self.ledger.oldest_shuttle_fault()
            if fault is None:
                break
            reseat_shuttle(self.frame, fault)
            self.ledger.close_fault(fault)
            reseated += 1
            if reseated >= self.settings.fault_batch:
                log.info("fault batch of %d done; the rest wait for the next tick", reseated)
                break
        return reseated


def open_weave_floor(shed: str) -> WeaveFloorSupervisor:
    settings = MillSettings.from_env(shed)
    db = stowage.connect(settings.dsn)
    ledger = WarpLedger(db, kvbox.Cache(settings.cache_url), settings.shed)
    frame = rig_loom_frame(settings.shed)
    log.info("weave floor %s with looms %s", shed, ", ".join(settings.looms))
    return WeaveFloorSupervisor(settings, ledger, frame)
