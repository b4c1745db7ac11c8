"""The bell tower keeper: its tick runs every quarter hour."""

from __future__ import annotations

import logging
from typing import Any

import kvbox
import stowage

from .carillon import summon_carillon_box
from .commands import BellInvoker, PlayChimeCommand, RingJubileePealCommand, ServiceClapperCommand
from .ledger import ChimeLedger
from .observers import (
    BellFrame,
    ClapperWearObserver,
    ClockDriftObserver,
    ShutterObserver,
    StrikeLogObserver,
    TowerClock,
)
from .settings import BelfrySettings
from .values import BellNote, TowerEvent

log = logging.getLogger(__name__)


class BellTowerKeeper:
    def __init__(self, settings: BelfrySettings, box: Any, ledger: ChimeLedger, clock: TowerClock,
                 frame: BellFrame, invoker: BellInvoker) -> None:
        self.settings = settings
        self.box = box
        self.ledger = ledger
        self.clock = clock
        self.frame = frame
        self.invoker = invoker
        self._quarter = 0

    def quarter_tick(self) -> None:
        self._quarter += 1
        self.clock.notify(TowerEvent("quarter", tick=self._quarter))
        self.schedule_chimes()
        if self.ledger.clapper_service_due():
            self.invoker.submit(ServiceClapperCommand(self.box, "bourdon"))
        if self.ledger.is_jubilee_peal():
            self.invoker.submit(RingJubileePealCommand(self.box, self.frame, self.ledger.ringers_on_rota()))
        ran = self.invoker.run_pending()
        log.info("%s: quarter %d ran %d commands", self, self._quarter, ran)
        self.close_quarter()

    def schedule_chimes(self) -> None:
        requests = self.ledger.pending_chime_requests()
        notes = [BellNote.parse(r.tune) for r in requests]
        silenced = BellNote(self.settings.silenced_note)
        for request, note in zip(requests, notes, strict=True):
            if note == silenced:
                log.info("skipping %r: %s is silenced", request, note)
                continue
            self.invoker.submit(PlayChimeCommand(self.box, self.frame, request, note))

    def close_quarter(self) -> None:
        try:
            self.ledger.record_quarter(self._quarter)
        except stowage.StowageError:
            log.warning("quarter %d not recorded; the next one will be", self._quarter)

    def __str__(self) -> str:
        return f"keeper of {self.settings.tower}"


def open_belfry(tower: str) -> BellTowerKeeper:
    settings = BelfrySettings.from_env(tower)
    box = summon_carillon_box(settings.tower)
    ledger = ChimeLedger(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), settings.tower)
    invoker = BellInvoker()
    clock = TowerClock("tower clock")
    frame = BellFrame("bell frame")
    wear = ClapperWearObserver(box, invoker)
    clock.attach(ClockDriftObserver(box))
    clock.attach(wear)
    frame.attach(wear)
    frame.attach(StrikeLogObserver())
    if settings.shutter_watch:
        clock.attach(ShutterObserver(box, invoker, ledger))
    log.info("belfry open for %s", tower)
    return BellTowerKeeper(settings, box, ledger, clock, frame, invoker)
