"""The base dock job: ``run()`` is the template, ``should_run()`` and ``execute()`` the hooks."""

from __future__ import annotations

import logging
import time

import telemetry

from ..boxes import PumpHouseBox
from ..ledger import DockLedger

log = logging.getLogger(__name__)

jobs_run = telemetry.Counter("fueldock_jobs_run")


class FuelDockJob:
    """One piece of dock work. Subclasses override ``should_run()``, ``execute()`` or both."""

    name = "dock-job"

    def __init__(self, box: PumpHouseBox, ledger: DockLedger) -> None:
        self.box = box
        self.ledger = ledger

    def run(self) -> bool:
        if not self.should_run():
            log.debug("%s: nothing to do this tick", self.name)
            return False
        started = time.monotonic()
        self.execute()
        jobs_run.inc()
        log.info("%s done in %.3fs", self.name, time.monotonic() - started)
        return True

    def should_run(self) -> bool:
        return True

    def execute(self) -> None:
        """By default a job only stamps itself on the pump house's job board."""
        self.box.fetch(f"/jobs/{self.name}/stamp", method="POST")
