"""The funicular poller: the line's scheduler calls ``tick`` every two minutes."""

from __future__ import annotations

import logging
from typing import Any

import kvbox

from .cars import CarChecks
from .timetable import Timetable, evacuation_drill_scheduled

log = logging.getLogger(__name__)

DAILY_PARTS = ("brakes", "cable")


class FunicularPoller:
    def __init__(self, checks: CarChecks, upper_station: Any, timetable: Timetable, cache: kvbox.Cache) -> None:
        self.checks = checks
        self.upper_station = upper_station
        self.timetable = timetable
        self.cache = cache

    def tick(self) -> None:
        for part in DAILY_PARTS:
            getattr(self.checks, f"check_{part}")()
        doors = getattr(self.checks, "check_doors")
        doors()
        heating = getattr(self.checks, "check_heating", None)
        if heating is not None:
            heating()
        station = getattr(self, "upper_station")
        station.post("/platform/lights")  # expect: WC001

        if self.timetable.passengers_waiting():
            getattr(self.checks, "check_" + "speed")()
        for request in self.timetable.service_requests():
            log.info("service request %s", request.request_id)
            getattr(self.checks, f"service_{request.kind}")()
        if evacuation_drill_scheduled(self.cache):
            getattr(self.checks, "drill_" + "evacuation")()
