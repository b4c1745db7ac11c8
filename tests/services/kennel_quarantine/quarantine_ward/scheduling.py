"""A small synchronous job scheduler: ``(next_run, job)`` pairs kept sorted with ``bisect``."""

from __future__ import annotations

import bisect
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import stowage

from .records import KennelError

if TYPE_CHECKING:
    from .rounds import RoundReport

log = logging.getLogger(__name__)

JobAction = Callable[["RoundReport"], None]


class KennelJob:
    __slots__ = ("name", "action", "interval", "next_run", "_clock")

    def __init__(self, name: str, action: JobAction, interval: float | None, next_run: float,
                 clock: Callable[[], float]) -> None:
        self.name = name
        self.action = action
        self.interval = interval
        self.next_run = next_run
        self._clock = clock

    @property
    def is_due(self) -> bool:
        return self.next_run <= self._clock()

    @property
    def repeats(self) -> bool:
        return self.interval is not None


def _run_time(pair: tuple[float, KennelJob]) -> float:
    return pair[0]


class KennelScheduler:
    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._pending: list[tuple[float, KennelJob]] = []

    def every(self, name: str, seconds: float, action: JobAction) -> KennelJob:
        """A repeating job, first due at once."""
        job = KennelJob(name, action, seconds, self._clock(), self._clock)
        self._push(job)
        return job

    def once_at(self, when: float, name: str, action: JobAction) -> KennelJob:
        job = KennelJob(name, action, None, when, self._clock)
        self._push(job)
        return job

    def _push(self, job: KennelJob) -> None:
        bisect.insort(self._pending, (job.next_run, job), key=_run_time)

    def run_pending(self, report: RoundReport) -> int:
        ran = 0
        while self._pending and self._pending[0][1].is_due:
            _, job = self._pending.pop(0)
            report.jobs_run.append(job.name)
            try:
                job.action(report)
            except (KennelError, stowage.StowageError) as exc:
                log.warning("job %s failed: %s", job.name, exc)
            ran += 1
            if job.repeats:
                job.next_run = self._clock() + job.interval
                self._push(job)
        return ran
