"""The churn drum's cycle: an enum state machine kept between ticks."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable

from .control import ChurnControlBox
from .records import ChurnPhase, CycleState
from .repository import CreamLedger

log = logging.getLogger(__name__)


class DrumCycle:
    def __init__(self, box: ChurnControlBox, ledger: CreamLedger, drum_rpm: int) -> None:
        self.box = box
        self.ledger = ledger
        self.drum_rpm = drum_rpm
        self.state = CycleState()
        self._handlers: dict[ChurnPhase, Callable[[], ChurnPhase]] = {
            phase: getattr(self, f"_while_{phase.value}") for phase in ChurnPhase
        }

    def advance(self) -> ChurnPhase:
        current = self.state.phase
        following = self._handlers[current]()
        if following is current:
            self.state = dataclasses.replace(self.state, ticks_in_phase=self.state.ticks_in_phase + 1)
        else:
            log.info("drum %s -> %s", current.value, following.value)
            self.state = dataclasses.replace(self.state, phase=following, ticks_in_phase=0)
        return following

    def _while_resting(self) -> ChurnPhase:
        if self.ledger.buttermilk_overflow_alarm():
            log.error("buttermilk sump overflowing: draining the drum next")
            return ChurnPhase.DRAINING
        if self.ledger.cream_ripening_vats_occupied():
            return ChurnPhase.AGITATING
        return ChurnPhase.RESTING

    def _while_agitating(self) -> ChurnPhase:
        log.info("agitating at %d rpm", self.drum_rpm)
        return ChurnPhase.DRAINING

    def _while_draining(self) -> ChurnPhase:
        self.box.signal("/drum/drain-buttermilk", rpm=0, after_ticks=self.state.ticks_in_phase)
        return ChurnPhase.RESTING
