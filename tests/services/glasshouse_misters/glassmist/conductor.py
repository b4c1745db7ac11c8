"""The misting conductor: its round runs every ten minutes."""

from __future__ import annotations

import logging
import time

import kvbox
import stowage

from .boxes import MistManifoldBox, rig_mist_manifold_box
from .ledger import MistingFault, MistLedger
from .services import FogCrew, NozzleLog, PulseDispatcher, SetpointKeeper
from .settings import MIST_ZONES, NOZZLE_BANKS, PURGE_AFTER_PULSES, MisterSettings

log = logging.getLogger(__name__)


class MistingConductor:
    def __init__(self, settings: MisterSettings, ledger: MistLedger, box: MistManifoldBox) -> None:
        self.settings = settings
        self.ledger = ledger
        self.box = box
        self.log_book = NozzleLog(box, ledger)
        self.setpoints = SetpointKeeper(box)
        self.dispatcher = PulseDispatcher(box, ledger, self.log_book)
        self.fog_crew = FogCrew(box, ledger, self.log_book)

    def mist_round(self) -> None:
        now = time.monotonic()
        self.setpoints.push_changed()
        try:
            pulsed = self.dispatcher.pulse_dry_zones()
        except MistingFault as exc:
            log.error("pulses stopped: %s", exc)
            pulsed = 0
        if (cycle_underway := self.ledger.glasshouse_mist_cycle_underway()):
            self.box.fetch("/cycle/progress", method="GET")
        if self.ledger.fungicide_fog_ordered():
            self.fog_crew.fog_all()
        if not cycle_underway:
            self.purge_wet_lines()
        self.log_book.flush_if_due(now)
        log.info("round done in %s: %d zones pulsed", self.settings.house, pulsed)

    def purge_wet_lines(self) -> None:
        for index, (zone, pulses) in enumerate(zip(MIST_ZONES, self.log_book.unpurged)):
            if pulses >= PURGE_AFTER_PULSES:
                self.box.fetch(f"/banks/{zone.bank}/purge", method="POST", json={"valve": NOZZLE_BANKS[zone.bank]})
                self.log_book.unpurged[index] = 0


def open_glasshouse(house: str) -> MistingConductor:
    settings = MisterSettings.from_env(house)
    ledger = MistLedger(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), house)
    box = rig_mist_manifold_box(house)
    log.info("glasshouse %s on manifold %s", house, box.manifold_label())
    return MistingConductor(settings, ledger, box)
