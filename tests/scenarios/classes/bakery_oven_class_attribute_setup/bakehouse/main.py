"""Start-up: the runner sets every job class up."""

from __future__ import annotations

from .framework import BakehouseJob, JobRunner
from .proofing import ProofingJob
from .settings import BakehouseSettings

JOB_CLASSES: list[type[BakehouseJob]] = [ProofingJob]


def main() -> JobRunner:
    runner = JobRunner(BakehouseSettings.from_env(), JOB_CLASSES)
    runner.start()
    return runner
