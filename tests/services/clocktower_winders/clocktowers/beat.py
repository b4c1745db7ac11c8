"""The quarter-hour beat: decides what happened and emits it."""

from __future__ import annotations

import logging

from .events import ChimeEmitter
from .repository import TowerLedger
from .settings import WinderSettings

log = logging.getLogger(__name__)


class ClocktowerWindingBeat:
    def __init__(self, settings: WinderSettings, ledger: TowerLedger, emitter: ChimeEmitter) -> None:
        self.settings = settings
        self.ledger = ledger
        self.emitter = emitter
        self._quarter = 0

    def quarter_round(self) -> None:
        self._quarter = (self._quarter + 1) % 4
        if self.ledger.clock_faces_running_slow():
            self.emitter.emit("tower.slow", self.settings.city)
        for movement in self.ledger.unwound_tower_movements():
            self.emitter.emit("movement.unwound", movement)
        heard = self.emitter.emit("quarter.struck", self._quarter)
        log.debug("quarter %d struck for %d listeners", self._quarter, heard)
