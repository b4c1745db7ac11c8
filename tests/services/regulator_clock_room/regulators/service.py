"""The regulator service: what the round does with each clock, by what the clock can do."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import stowage
import telemetry

from .bench import RateBenchBox
from .clocks import Clock, clock_by_id, hanging_clocks
from .ledger import ClockLedger
from .protocols import Beatable, Chiming, ImpulseMaster, Windable
from .settings import REFERENCE_CLOCK_ID, ClockRoomSettings
from .timing import stopwatch_public

log = logging.getLogger(__name__)


@dataclass
class HandSetting:
    clock_id: str
    correction_s: float

    def as_json(self) -> dict[str, Any]:
        return {"clock": self.clock_id, "correction_s": self.correction_s}


@stopwatch_public
class RegulatorService:
    def __init__(self, settings: ClockRoomSettings, ledger: ClockLedger, bench: RateBenchBox,
                 wall: list[Clock]) -> None:
        self.settings = settings
        self.ledger = ledger
        self.bench = bench
        # The only strong references to the clocks: the weak index forgets a clock taken off the wall.
        self._wall = wall
        self._beat_gauge = telemetry.Gauge("clockroom_beat_error_ms")

    def clocks_on_wall(self) -> list[Clock]:
        return hanging_clocks()

    def log_rate(self, clock: Clock) -> None:
        if not isinstance(clock, Beatable):
            return None
        self.bench.fetch(f"/clocks/{clock.clock_id}/beat-error", method="GET")
        self._beat_gauge.set(clock.beat_error_ms())
        return None

    def adjust(self, clock: Clock) -> HandSetting | None:
        if not isinstance(clock, Beatable):
            return None
        if not self.ledger.observatory_signal_arrived():
            return None
        correction = -round(clock.rate_s_per_day * self.settings.days_between_signals, 2)
        if correction == 0:
            return None
        return HandSetting(clock.clock_id, correction)

    def set_hands(self, setting: HandSetting) -> None:
        log.info("setting %s by %+.2f s", setting.clock_id, setting.correction_s)
        self.bench.fetch(f"/clocks/{setting.clock_id}/hands", method="POST", json=setting.as_json())

    def wind_if_run_down(self, clock: Clock) -> None:
        if not isinstance(clock, Windable):
            return None
        if not self.ledger.regulator_weights_run_down(clock.clock_id):
            return None
        self.bench.fetch(f"/clocks/{clock.clock_id}/wind", method="POST", json={"turns": clock.turns_to_wind()})
        return None

    def advance_slave_lines(self, clock: Clock) -> int:
        if not isinstance(clock, ImpulseMaster):
            return 0
        advanced = 0
        for line in self.ledger.slave_lines_out_of_step(clock.clock_id):
            self.bench.fetch(f"/lines/{clock.clock_id}/{line}/advance", method="POST")
            advanced += 1
        return advanced

    def quiet_strike(self, clock: Clock) -> None:
        if not isinstance(clock, Chiming) or clock.strike_silenced:
            return None
        self.bench.fetch(f"/clocks/{clock.clock_id}/strike", method="DELETE", json={"train": clock.strike_train()})
        clock.strike_silenced = True
        return None

    def reference_clock(self) -> Clock | None:
        reference = clock_by_id(REFERENCE_CLOCK_ID)
        if reference is None or not isinstance(reference, Beatable):
            log.warning("reference regulator %s is not on the wall", REFERENCE_CLOCK_ID)
            return None
        return reference

    def compare_with_reference(self, reference: Clock) -> None:
        self.bench.fetch(f"/reference/{reference.clock_id}/compare", method="POST")

    def close_round(self) -> None:
        try:
            self.ledger.stamp_round()
        except stowage.StowageError:
            log.warning("round not stamped; the next round stamps it")
