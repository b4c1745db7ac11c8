"""The shift clock: every five minutes each station runs its part of the gate."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import kvbox
import stowage

from .ledger import LorryLoadLedger
from .settings import WeighbridgeSettings
from .stations import (
    AxleScaleStation,
    BoxedTollStation,
    DrumScaleStation,
    OverweightHoldStation,
    PlateReaderStation,
    TollStationBase,
)

log = logging.getLogger(__name__)


@dataclass
class WeighbridgeShiftClock:
    ledger: LorryLoadLedger
    stations: list[TollStationBase] = field(default_factory=list)
    ticks_run: int = 0

    def tick(self) -> None:
        self.ticks_run += 1
        for station in self.stations:
            station.run_part()
        if self.ledger.scale_calibration_lapsed():
            log.warning("calibration certificate lapsed at %s", self.ledger.harbour)
            for station in self.stations:
                if isinstance(station, (AxleScaleStation, DrumScaleStation)):
                    station.recalibrate()
        self.ledger.record_shift_tick(len(self.stations))
        log.info("shift tick %d done", self.ticks_run)

    def boxed_lanes(self) -> list[str]:
        return [s.lane for s in self.stations if isinstance(s, BoxedTollStation)]


def open_weighbridge(harbour: str) -> WeighbridgeShiftClock:
    settings = WeighbridgeSettings.from_env(harbour)
    ledger = LorryLoadLedger(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), settings.harbour)
    clock = WeighbridgeShiftClock(ledger)
    for kind in (AxleScaleStation, DrumScaleStation, OverweightHoldStation, PlateReaderStation):
        clock.stations.append(kind(settings, ledger))
    log.info("weighbridge open at %s on lanes %s", harbour, ", ".join(clock.boxed_lanes()))
    return clock
