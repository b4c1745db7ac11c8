"""The lock chamber's cycle: an enum state machine, one step per tick."""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable

from .gear import PaddleGearBox
from .snapshots import LevelReading, QueueSnapshot

log = logging.getLogger(__name__)


class SluiceState(enum.Enum):
    SLACK = "slack"
    PENNED = "penned"
    FILLING = "filling"
    EMPTYING = "emptying"


Step = Callable[[LevelReading, QueueSnapshot], SluiceState]


class SluiceCycle:
    def __init__(self, gear: PaddleGearBox, top_water_cm: int) -> None:
        self.gear = gear
        self.top_water_cm = top_water_cm
        self.state = SluiceState.SLACK
        self._steps: dict[SluiceState, Step] = {
            SluiceState.SLACK: self._at_slack,
            SluiceState.PENNED: self._pen_back,
            SluiceState.FILLING: self._fill_chamber,
            SluiceState.EMPTYING: self._empty_chamber,
        }

    def step(self, reading: LevelReading, queue: QueueSnapshot) -> tuple[SluiceState, SluiceState]:
        before = self.state
        self.state = self._steps[before](reading, queue)
        return before, self.state

    def _at_slack(self, reading: LevelReading, queue: QueueSnapshot) -> SluiceState:
        match reading, queue:
            case LevelReading(breach=True, pound=pound), _:
                log.error("breach reported on %s: emptying the chamber next", pound)
                return SluiceState.EMPTYING
            case LevelReading(rising=True, depth_cm=depth), _ if depth > self.top_water_cm:
                return SluiceState.PENNED
            case _, QueueSnapshot(waiting=waiting) if waiting > 0:
                return SluiceState.FILLING
            case _:
                return SluiceState.SLACK

    def _pen_back(self, reading: LevelReading, queue: QueueSnapshot) -> SluiceState:
        self.gear.crank("/weir/pen-back", json={"depth_cm": reading.depth_cm})
        return SluiceState.SLACK

    def _fill_chamber(self, reading: LevelReading, queue: QueueSnapshot) -> SluiceState:
        self.gear.crank("/chamber/fill", json={"boats": queue.waiting, "lead": queue.lead_boat})
        return SluiceState.SLACK

    def _empty_chamber(self, reading: LevelReading, queue: QueueSnapshot) -> SluiceState:
        self.gear.crank("/chamber/empty", json={"pound": reading.pound, "emergency": True})
        return SluiceState.SLACK
