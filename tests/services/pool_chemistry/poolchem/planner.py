"""Dose planning: prepare the plan, then apply it."""

from __future__ import annotations

import logging
from typing import Any

from .schedule import DosingSchedule
from .settings import PlantSettings

log = logging.getLogger(__name__)


class DosePlanner:
    def __init__(self, settings: PlantSettings, schedule: DosingSchedule, box: Any) -> None:
        self.settings = settings
        self.schedule = schedule
        self.box = box

    def prepare(self) -> None:
        for pool in self.settings.pools:
            self._plan_for(pool)

    def _plan_for(self, pool: str) -> None:
        if self.schedule.has_dosing_cycles:
            self.box.fetch(f"/pools/{pool}/dose-plan", method="POST", json={"ppm": self.settings.target_ppm})

    def apply(self) -> None:
        for pool in self.settings.pools:
            self._apply_to(pool)

    def _apply_to(self, pool: str) -> None:
        if self.schedule.has_dosing_cycles():
            self.box.fetch(f"/pools/{pool}/dose", method="POST")
