"""Upkeep of the cables: dehumidification, recalibration, the annual load rating."""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from typing import Any

from .repository import CableArchive, InspectionCalendar

log = logging.getLogger(__name__)


@dataclass
class LoadRatingRequest:
    bridge: str
    sensor_ids: list[str]


class CableUpkeep:
    def __init__(self, bridge: str, archive: CableArchive, calendar: InspectionCalendar) -> None:
        self.bridge = bridge
        self.archive = archive
        self.calendar = calendar

    def run_dehumidifier_if_pending(self, box: Any) -> None:
        if not self.archive.dehumidification_cycle_pending():
            return
        log.info("starting a main-cable dehumidification cycle")
        box.fetch("/cables/dehumidify", method="POST", json={"bridge": self.bridge})

    def recalibrate_waiting(self, box: Any) -> int:
        done = 0
        for sensor_id in self.archive.sensors_awaiting_recalibration():
            box.fetch(f"/sensors/{sensor_id}/recalibrate", method="POST")
            done += 1
        return done

    def request_load_rating(self, box: Any, sensor_ids: list[str]) -> None:
        if not self.calendar.annual_load_rating_due():
            return
        request = LoadRatingRequest(self.bridge, sensor_ids)
        log.info("requesting the annual load rating for %s", self.bridge)
        box.fetch("/load-rating", method="POST", json=asdict(request))
