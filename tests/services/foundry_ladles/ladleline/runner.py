"""Runs job records against the pour box, one handler per record type."""

from __future__ import annotations

import functools
import logging

from .boxes import PourBoxProxy
from .jobs import RelineJob, SkimJob, ThermalSweepJob
from .repository import LadleLineError, MeltRepository

log = logging.getLogger(__name__)


class LadleJobRunner:
    def __init__(self, proxy: PourBoxProxy, repo: MeltRepository) -> None:
        self.proxy = proxy
        self.repo = repo
        self.relined = 0

    @functools.singledispatchmethod
    def run(self, job: object) -> None:
        log.warning("no handler for %r; skipped", job)

    @run.register
    def _sweep(self, job: ThermalSweepJob) -> None:
        reply = self.proxy.fetch(f"/ladles/{job.ladle_id}/thermal", method="GET")
        if not reply.ok:
            raise LadleLineError(f"thermal sweep of {job.ladle_id} refused")
        log.debug("swept %s", job.ladle_id)

    @run.register
    def _skim(self, job: SkimJob) -> None:
        if not self.repo.slag_crust_reported(job.station):
            return
        log.info("skimming slag at %s", job.station)
        self.proxy.fetch(f"/stations/{job.station}/skim", method="POST")

    @run.register
    def _reline(self, job: RelineJob) -> None:
        self.proxy.fetch(f"/ladles/{job.ladle_id}/reline", method="POST", json={"refractory": job.refractory})
        self.relined += 1
