"""A tiny job framework: ``setup`` once per class, then ``tick`` on an instance."""

from __future__ import annotations

import logging
from typing import Any, ClassVar

from .settings import BakehouseSettings

log = logging.getLogger(__name__)


class BakehouseJob:
    name: ClassVar[str] = "job"

    @classmethod
    def setup(cls, settings: BakehouseSettings) -> None:
        """Called once by the runner before the first tick."""

    def tick(self) -> None:
        raise NotImplementedError


class JobRunner:
    def __init__(self, settings: BakehouseSettings, job_classes: list[type[BakehouseJob]]) -> None:
        self.settings = settings
        self.job_classes = job_classes
        self.jobs: list[BakehouseJob] = []

    def start(self) -> list[BakehouseJob]:
        for job_class in self.job_classes:
            log.info("setting up %s", job_class.name)
            job_class.setup(self.settings)
        self.jobs = [job_class() for job_class in self.job_classes]
        return self.jobs

    def describe(self) -> dict[str, Any]:
        return {job.name: type(job).__qualname__ for job in self.jobs}
