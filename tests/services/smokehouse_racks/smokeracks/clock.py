"""The smokehouse clock: every fifteen minutes it hands the rack tender a round of jobs."""

from __future__ import annotations

import itertools
import logging
import time

import stowage

from .hoist import hang_smokehouse_hoist
from .jobs import HEARTBEAT_PRIORITY, TURN_PRIORITY, RackJob
from .ledger import SmokehouseLedger
from .settings import SmokehouseSettings
from .tender import RackTender

log = logging.getLogger(__name__)


class SmokehouseClock:
    def __init__(self, settings: SmokehouseSettings, ledger: SmokehouseLedger, tender: RackTender) -> None:
        self.settings = settings
        self.ledger = ledger
        self.tender = tender
        self.rounds = 0
        self._seq = itertools.count(1)

    def turn_round(self) -> None:
        self.rounds += 1
        batch = [RackJob(HEARTBEAT_PRIORITY, next(self._seq), "heartbeat", note=f"round {self.rounds}")]
        for rack in self.ledger.fish_racks_due_turning():
            batch.append(RackJob(TURN_PRIORITY + rack.tier, next(self._seq), "turn", rack_id=rack.rack_id))
        handed = self.tender.submit(sorted(batch))
        log.info("round %d: %d rack jobs handed to the tender", self.rounds, handed)


def open_smokehouse(site: str) -> SmokehouseClock:
    settings = SmokehouseSettings.from_env(site)
    ledger = SmokehouseLedger(stowage.connect(settings.ledger_dsn))
    tender = RackTender(settings, ledger, hang_smokehouse_hoist(site))
    if settings.tender_mode == "thread":
        tender.start()
    log.info("smokehouse %s open, tender %s", site, settings.tender_mode)
    return SmokehouseClock(settings, ledger, tender)


def main(site: str, interval_s: int = 900) -> None:
    logging.basicConfig(level=logging.INFO)
    clock = open_smokehouse(site)
    try:
        while True:
            clock.turn_round()
            time.sleep(interval_s)
    finally:
        clock.tender.stop()
