"""The dock shift: its tick runs the roster every ten minutes."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .boxes import berth_fuel_pump_box
from .ledger import DockLedger
from .roster import assemble_dock_jobs
from .runner import DockJobRunner
from .settings import FuelDockSettings

log = logging.getLogger(__name__)


class FuelDockShift:
    def __init__(self, runner: DockJobRunner, berth: str) -> None:
        self.runner = runner
        self.berth = berth

    def tick(self) -> None:
        ran = self.runner.run_all()
        log.info("dock shift at %s ran %d jobs", self.berth, ran)


def open_fuel_dock(berth: str) -> FuelDockShift:
    settings = FuelDockSettings.from_env(berth)
    box = berth_fuel_pump_box(settings.berth)
    ledger = DockLedger(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), settings.berth)
    jobs = assemble_dock_jobs(settings, box, ledger)
    return FuelDockShift(DockJobRunner(jobs, box), settings.berth)
