"""The car dispatcher: every two minutes, reads the winch and calls departures."""

from __future__ import annotations

import logging

import stowage

from .boxes import WindingHouseBox
from .haulstate import _lock, state
from .repository import HaulRepository
from .settings import FunicularSettings

log = logging.getLogger(__name__)


class CarDispatcher:
    def __init__(self, settings: FunicularSettings, repo: HaulRepository, box: WindingHouseBox) -> None:
        self.settings = settings
        self.repo = repo
        self.box = box

    def tick(self) -> None:
        self.box.fetch("/cars/positions", method="GET")
        if self.repo.passengers_at_platform():
            with _lock:
                state.departure_called = True
                state.called_from = self.settings.lower_station
            log.info("departure called from %s", self.settings.lower_station)
        self.hold_flagged_cars()
        if self.repo.cable_reroping_day():
            self.box.set_env_var("HAUL_MODE", "reroping")
            with _lock:
                state.reroping_notice_due = True
        with _lock:
            state.dispatch_rounds += 1
            rounds = state.dispatch_rounds
        try:
            self.repo.record_dispatch_round(rounds)
        except stowage.StowageError:
            log.warning("dispatch round %d not recorded", rounds)

    def hold_flagged_cars(self) -> None:
        for hold in self.repo.cars_flagged_for_hold():
            self.box.fetch(f"/cars/{hold.car}/hold", method="POST", json={"reason": hold.reason})
