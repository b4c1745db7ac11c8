"""Builds the shift's roster of dock jobs from the settings."""

from __future__ import annotations

import logging

from .boxes import PumpHouseBox
from .jobs.base import FuelDockJob
from .jobs.pricing import PriceBoardJob
from .jobs.pumps import FuelMeterSweepJob, NozzleLockoutJob, ShorePowerReadingJob
from .jobs.slips import SlipStayBillingJob
from .ledger import DockLedger
from .settings import FuelDockSettings

log = logging.getLogger(__name__)

DOCK_JOB_KINDS: dict[str, type[FuelDockJob]] = {
    "meters": FuelMeterSweepJob,
    "lockout": NozzleLockoutJob,
    "slips": SlipStayBillingJob,
    "prices": PriceBoardJob,
}


def assemble_dock_jobs(settings: FuelDockSettings, box: PumpHouseBox, ledger: DockLedger) -> list[FuelDockJob]:
    jobs: list[FuelDockJob] = []
    for kind in settings.job_kinds:
        job_class = DOCK_JOB_KINDS.get(kind)
        if job_class is None:
            log.warning("unknown dock job kind %r ignored", kind)
            continue
        jobs.append(job_class(box, ledger))
    if settings.shore_power_metering:
        jobs.append(ShorePowerReadingJob(box, ledger, settings.berth))
    log.info("dock roster: %s", ", ".join(job.name for job in jobs))
    return jobs
