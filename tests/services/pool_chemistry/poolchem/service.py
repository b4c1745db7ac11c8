"""The plant-room poller; the scheduler calls tick every minute."""

from __future__ import annotations

import logging
from typing import Any

import kvbox
import stowage

from .controller import hail_dosing_box
from .planner import DosePlanner
from .schedule import DosingSchedule, DosingState
from .settings import PlantSettings

log = logging.getLogger(__name__)


class DosingPoller:
    def __init__(self, settings: PlantSettings, schedule: DosingSchedule, state: DosingState, box: Any) -> None:
        self.settings = settings
        self.schedule = schedule
        self.state = state
        self.box = box
        self.planner = DosePlanner(settings, schedule, box)

    def tick(self) -> None:
        self.planner.prepare()
        self.planner.apply()
        self.skim()
        self.circulate()
        self.clear_alarms()
        self.switch_supplier()
        self.backwash()
        self.shock_treat()

    def skim(self) -> None:
        if not self.schedule.has_dosing_cycles:
            return
        self.box.fetch("/skimmers/run", method="POST")

    def circulate(self) -> None:
        if self.state.circulation_running:
            self.box.fetch("/pumps/circulation/trim", method="POST")

    def clear_alarms(self) -> None:
        for alarm in self.schedule.alarmed_sensors():
            self.box.fetch(f"/sensors/{alarm.sensor_id}/ack", method="POST")

    def switch_supplier(self) -> None:
        if self.state.chlorine_supplier_changed():
            self.box.set_env_var("CHLORINE_PROFILE", "supplier-b")

    def backwash(self) -> None:
        cycles_due = self.schedule.has_dosing_cycles
        if cycles_due:
            self.box.fetch("/filters/backwash", method="POST")

    def shock_treat(self) -> None:
        cycles_due = self.schedule.has_dosing_cycles
        if cycles_due():
            self.box.fetch("/pools/shock", method="POST")


def start_service(site: str) -> DosingPoller:
    settings = PlantSettings.for_site(site)
    box = hail_dosing_box(site)
    log.info("dosing pump model %s", box.pump_model())
    return DosingPoller(settings, DosingSchedule(stowage.connect(settings.dsn)),
                        DosingState(kvbox.Cache(settings.cache_url), site), box)
