"""Yard jobs and the chain of handlers that takes them (the ops team, 2019)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from .hull import DredgeHull

log = logging.getLogger(__name__)


@dataclass
class YardJob:
    kind: str
    payload: dict[str, Any] = field(default_factory=dict)


class JobHandler:
    def can_handle(self, job: YardJob) -> bool:
        raise NotImplementedError

    def handle(self, job: YardJob) -> None:
        raise NotImplementedError


class BargeLoadHandler(JobHandler):
    def __init__(self, hull: DredgeHull) -> None:
        self.hull = hull

    def can_handle(self, job: YardJob) -> bool:
        return job.kind == "spoil-load"

    def handle(self, job: YardJob) -> None:
        self.hull.fetch("/barges/load", method="POST", json=job.payload)


class GaugeFlushHandler(JobHandler):
    def __init__(self, hull: DredgeHull) -> None:
        self.hull = hull

    def can_handle(self, job: YardJob) -> bool:
        return job.kind == "housekeeping"

    def handle(self, job: YardJob) -> None:
        self.hull.fetch("/gauges/flush", method="POST")


class LogOnlyHandler(JobHandler):
    def can_handle(self, job: YardJob) -> bool:
        return True

    def handle(self, job: YardJob) -> None:
        log.info("no handler took a %s job", job.kind)


class JobChain:
    def __init__(self, handlers: list[JobHandler]) -> None:
        self.handlers = list(handlers)

    def dispatch(self, job: YardJob) -> bool:
        for handler in self.handlers:
            if handler.can_handle(job):
                handler.handle(job)
                return True
        return False
