"""Runs the roster: a failing job is logged and the next one still runs."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from .boxes import PumpHouseBox
from .errors import FuelDockError, MeterReadFailed
from .jobs.base import FuelDockJob

log = logging.getLogger(__name__)


class DockJobRunner:
    def __init__(self, jobs: Sequence[FuelDockJob], box: PumpHouseBox) -> None:
        self.jobs = list(jobs)
        self.box = box

    def run_all(self) -> int:
        ran = 0
        for job in self.jobs:
            try:
                if job.run():
                    ran += 1
            except MeterReadFailed as exc:
                log.warning("meter read failed (%s); raising the pump alarm", exc.detail)
                self.box.fetch("/alarms", method="POST", json={"job": exc.job_name})
            except FuelDockError as exc:
                log.warning("dock job failed: %s; going on", exc)
        return ran
