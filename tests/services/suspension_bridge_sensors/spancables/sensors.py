"""Cable sensor kinds and the factory that maps a kind name to its class."""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from typing import Any

from .settings import DEFAULT_CABLE_THRESHOLD

log = logging.getLogger(__name__)


@dataclass
class CableReading:
    sensor_id: str
    kind: str
    value: float
    threshold: float


class Sensor:
    kind = "generic"

    def __init__(self, sensor_id: str) -> None:
        self.sensor_id = sensor_id

    @property
    def threshold(self) -> float:
        return DEFAULT_CABLE_THRESHOLD

    def exceeded(self, value: float) -> bool:
        return value > self.threshold

    def reading(self, value: float) -> CableReading:
        return CableReading(self.sensor_id, self.kind, value, self.threshold)

    def report(self, box: Any, reading: CableReading) -> None:
        log.warning("%s over threshold: %.2f > %.2f", reading.sensor_id, reading.value, reading.threshold)
        box.fetch("/exceedances", method="POST", json=asdict(reading))


class TensionSensor(Sensor):
    kind = "tension"
    threshold = 1.5


class VibrationSensor(Sensor):
    kind = "vibration"
    threshold = 0.8

    def report(self, box: Any, reading: CableReading) -> None:
        super().report(box, reading)
        box.fetch("/deck/dampers/engage", method="POST", json={"sensor": reading.sensor_id})


class ThermalSensor(Sensor):
    kind = "thermal"


class AnchorageSensor(Sensor):
    kind = "anchorage"
    threshold = 0.5

    def report(self, box: Any, reading: CableReading) -> None:
        box.fetch("/anchorages/inspect", method="POST", json=asdict(reading))


def cable_sensor_class(kind: str) -> type[Sensor]:
    match kind:
        case "tension":
            return TensionSensor
        case "vibration":
            return VibrationSensor
        case "thermal":
            return ThermalSensor
        case "anchorage":
            return AnchorageSensor
        case _:
            raise ValueError(f"unknown cable sensor kind {kind!r}")


def build_cable_sensors(layout: list[tuple[str, str]]) -> list[Sensor]:
    sensors = [cable_sensor_class(kind)(sensor_id) for kind, sensor_id in layout]
    log.info("built %d cable sensors", len(sensors))
    return sensors
