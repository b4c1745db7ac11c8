"""The depot's monitor; its run_once is scheduled every minute."""

from __future__ import annotations

import logging
from operator import attrgetter, itemgetter, methodcaller
from typing import Any

import kvbox

from .operations import BY_OPENED, LANE_BOX, LANE_NAME_AND_BOX, ping_lanes
from .repository import ShipmentRepository, calibration_certificate_expiring
from .settings import DepotSettings
from .units import Lane

log = logging.getLogger(__name__)


class ReeferMonitor:
    def __init__(self, settings: DepotSettings, lanes: list[Lane], repo: ShipmentRepository, primary: Any,
                 cache: kvbox.Cache) -> None:
        self.settings = settings
        self.lanes = lanes
        self.repo = repo
        self.primary = primary
        self.cache = cache

    def run_once(self) -> None:
        ping_lanes(self.lanes)
        self.flush_excursions()
        self.push_setpoints()
        self.warm_compressors()
        self.rotate_certificates()
        self.forward_door_events()

    def flush_excursions(self) -> None:
        send = attrgetter("fetch")(self.primary)
        for excursion in self.repo.temperature_excursions():
            send(f"/excursions/{excursion.excursion_id}", method="POST", json={"peak": excursion.peak_c})

    def push_setpoints(self) -> None:
        if not self.repo.shipments_in_transit():
            return
        for name, box in map(LANE_NAME_AND_BOX, self.lanes):
            methodcaller("fetch", f"/lanes/{name}/setpoint", method="PUT", json={"c": self.settings.setpoint_c})(box)

    def warm_compressors(self) -> None:
        state = (self.repo.shipments_in_transit(), self.primary)
        active, box = itemgetter(0, 1)(state)
        if active:
            box.fetch("/compressors/warm", method="POST")

    def rotate_certificates(self) -> None:
        if not calibration_certificate_expiring(self.cache, self.settings.depot):
            return
        install = methodcaller("set_env_var", "CALIBRATION_CERT", "renewed")
        for box in map(LANE_BOX, self.lanes):
            install(box)

    def forward_door_events(self) -> None:
        post = methodcaller("fetch", "/doors/events", method="POST")
        for event in sorted(self.repo.door_events(), key=BY_OPENED):
            log.debug("door opened at %s", event["opened_at"])
            post(self.primary)
