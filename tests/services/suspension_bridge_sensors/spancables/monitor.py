"""The cable monitor: its round runs every minute."""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from typing import Any

import kvbox
import stowage

from . import settings
from .boxes import provision_span_health_box
from .repository import CableArchive, InspectionCalendar
from .sensors import Sensor, build_cable_sensors
from .services import CableUpkeep

log = logging.getLogger(__name__)


@dataclass
class SpanHeartbeat:
    bridge: str
    round_no: int
    sensors: int
    exceedances: int


class CableSpanWatch:
    def __init__(self, bridge: str, box: Any, sensors: list[Sensor], archive: CableArchive,
                 upkeep: CableUpkeep) -> None:
        self.bridge = bridge
        self.box = box
        self.sensors = sensors
        self.archive = archive
        self.upkeep = upkeep
        self.round_no = 0

    def cable_round(self) -> None:
        self.round_no += 1
        exceedances = self.read_sensors()
        beat = SpanHeartbeat(self.bridge, self.round_no, len(self.sensors), exceedances)
        self.box.fetch("/heartbeat", method="POST", json=asdict(beat))
        self.upkeep.run_dehumidifier_if_pending(self.box)
        recalibrated = self.upkeep.recalibrate_waiting(self.box)
        if recalibrated:
            log.info("recalibrated %d sensors", recalibrated)
        self.upkeep.request_load_rating(self.box, [s.sensor_id for s in self.sensors])

    def read_sensors(self) -> int:
        exceedances = 0
        for sensor in self.sensors:
            value = self.archive.latest_reading(sensor.sensor_id)
            if sensor.exceeded(value):
                sensor.report(self.box, sensor.reading(value))
                exceedances += 1
        return exceedances


def start_span_watch(bridge: str) -> CableSpanWatch:
    archive = CableArchive(stowage.connect(settings.BRIDGE_DSN))
    calendar = InspectionCalendar(kvbox.Cache(settings.CACHE_URL))
    sensors = build_cable_sensors(settings.CABLE_SENSORS)
    box = provision_span_health_box(bridge)
    return CableSpanWatch(bridge, box, sensors, archive, CableUpkeep(bridge, archive, calendar))
