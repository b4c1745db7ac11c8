"""The pumping station controller: start-up and the five-minute tick."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .gauges import DrydockError, SumpGaugeRepository
from .pumpbox import DrydockPumpBox, moor_drydock_pump_box
from .pumps import Pump
from .settings import FLOOD_PUMPS, KNOWN_PUMPS, DrydockSettings

log = logging.getLogger(__name__)


class DrydockPumpStation:
    def __init__(self, settings: DrydockSettings, gauges: SumpGaugeRepository, box: DrydockPumpBox,
                 pumps: dict[str, Pump]) -> None:
        self.settings = settings
        self.gauges = gauges
        self.box = box
        self.pumps = pumps
        self.running: set[str] = set()

    def pump_tick(self) -> None:
        to_start = {name for name, p in self.pumps.items() if p.level_high()}
        if self.gauges.drydock_flood_alarm():
            to_start |= self.answer_dock_flood()
        to_stop = set(self.running) - to_start
        for name in sorted(to_start):
            self.box.fetch(f"/pumps/{self.pumps[name].controller_id}/start", method="POST")
        for name in sorted(to_stop):
            self.box.fetch(f"/pumps/{self.pumps[name].controller_id}/stop", method="POST")
        if to_start or to_stop:
            self.running = (self.running - to_stop) | to_start
            self.save_pump_states()
        if self.gauges.drydock_dewatering_underway():
            self.box.fetch(f"/dewatering/{self.settings.dock}/progress", method="GET")
        self.box.fetch("/station/heartbeat", method="PUT", json={"running": sorted(self.running)})

    def answer_dock_flood(self) -> frozenset[str]:
        log.error("dock flood alarm at %s (%s)", self.settings.dock, self.box.berth_tag())
        self.box.fetch(f"/alarms/{self.settings.dock}/dock-flood", method="POST")
        return FLOOD_PUMPS.intersection(self.pumps)

    def save_pump_states(self) -> None:
        try:
            self.gauges.record_pump_states(sorted(self.running))
        except stowage.StowageError:
            log.warning("pump states not recorded; the next change records them")


def open_pump_station(dock: str) -> DrydockPumpStation:
    settings = DrydockSettings.from_env(dock)
    unknown = {spec.name for spec in settings.pumps} - KNOWN_PUMPS
    if unknown:
        raise DrydockError(f"unknown pumps in settings: {sorted(unknown)}")
    gauges = SumpGaugeRepository(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), settings.dock)
    box = moor_drydock_pump_box(settings.dock)
    pumps = {spec.name: Pump(spec, gauges) for spec in settings.pumps}
    log.info("pump station at %s with %d pumps", dock, len(pumps))
    return DrydockPumpStation(settings, gauges, box, pumps)
