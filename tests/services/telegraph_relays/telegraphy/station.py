"""The relay station's worker thread: one ``relay_round()`` every ``interval_s`` seconds."""

from __future__ import annotations

import logging
import threading

from .keying import RelayLine
from .ledger import TelegraphFault, TelegraphLedger
from .receipts import send_receipts
from .registry import RELAY_DUTIES, DutyContext
from .settings import RelaySettings

log = logging.getLogger(__name__)


class RelayStationThread(threading.Thread):
    def __init__(self, settings: RelaySettings, line: RelayLine, ledger: TelegraphLedger) -> None:
        super().__init__(name=f"relay-{settings.station}", daemon=True)
        self.settings = settings
        self.line = line
        self.ledger = ledger
        self.rounds = 0
        self._halt = threading.Event()

    def run(self) -> None:
        log.info("relay station %s every %ss", self.settings.station, self.settings.interval_s)
        while not self._halt.is_set():
            try:
                self.relay_round()
            except TelegraphFault:
                log.exception("relay round %d failed", self.rounds)
            self._halt.wait(self.settings.interval_s)

    def halt(self, timeout: float = 5.0) -> None:
        self._halt.set()
        if self.is_alive():
            self.join(timeout)

    # -- the periodic entry ---------------------------------------------------

    def relay_round(self) -> None:
        self.rounds += 1
        log.info("relay round %d at %s", self.rounds, self.settings.station)
        ctx = DutyContext(self.line, self.ledger, self.settings)
        for name in self.settings.duties:
            duty = RELAY_DUTIES.get(name)
            if duty is None:
                log.warning("no relay duty named %s", name)
                continue
            duty(ctx)
        send_receipts(self.line)
        if self.ledger.line_check_stale():
            self.line.test_line()
            self.ledger.note_line_checked()
        if self.ledger.cable_reroute_ordered():
            self.line.reroute(self.settings.fallback_cable)
