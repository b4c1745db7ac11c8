"""The track watch: sends the cars the dispatcher called, tests the brakes on a cooldown."""

from __future__ import annotations

import logging
import time

from . import haulstate
from .boxes import WindingHouseBox
from .settings import FunicularSettings

log = logging.getLogger(__name__)


class TrackWatch:
    def __init__(self, settings: FunicularSettings, box: WindingHouseBox) -> None:
        self.settings = settings
        self.box = box

    def tick(self) -> None:
        station = haulstate.take_departure_call()
        if station is not None:
            self.box.fetch("/cars/depart", method="POST", json={"from": station, "to": self.settings.upper_station})
        if haulstate.take_reroping_notice():
            self.box.fetch("/track/notices", method="POST", json={"text": "cable re-roping today"})
        self.test_brakes_if_due()
        log.debug("watch done on winch %s", self.box.winch_serial())

    def test_brakes_if_due(self) -> None:
        now = time.monotonic()
        with haulstate._lock:
            if now - haulstate.state.last_brake_test < self.settings.brake_test_cooldown_s:
                return
            haulstate.state.last_brake_test = now
        self.box.fetch("/brakes/test", method="POST", json={"line": self.settings.line})
