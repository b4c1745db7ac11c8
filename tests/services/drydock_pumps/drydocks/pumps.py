"""A pump of the station and what it knows about its sump."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from .gauges import SumpGaugeRepository
from .settings import PumpSpec

log = logging.getLogger(__name__)


@dataclass
class Pump:
    spec: PumpSpec
    gauges: SumpGaugeRepository

    @property
    def controller_id(self) -> str:
        return self.spec.controller_id

    def level_high(self) -> bool:
        readings = self.gauges.drydock_sump_readings(self.spec.sump)
        high = any(depth >= self.spec.start_depth_cm for depth in readings)
        if high:
            log.info("%s: %s above %d cm", self.spec.name, self.spec.sump, self.spec.start_depth_cm)
        return high
