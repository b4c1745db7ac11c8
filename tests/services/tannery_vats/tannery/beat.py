"""The beat: runs each due schedule entry, then lets the in-process worker drain the queue."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from .registry import TaskRegistry

log = logging.getLogger(__name__)


class TanneryBeat:
    def __init__(self, registry: TaskRegistry, schedule: dict[str, dict[str, Any]], clock: Callable[[], float] = time.monotonic) -> None:
        self.registry = registry
        self.schedule = schedule
        self.clock = clock
        self._last_run: dict[str, float] = {}

    def is_due(self, key: str, entry: dict[str, Any], now: float) -> bool:
        last = self._last_run.get(key)
        return last is None or now - last >= entry["every"]

    def tick(self) -> None:
        now = self.clock()
        for key, entry in self.schedule.items():
            if not self.is_due(key, entry, now):
                continue
            self._last_run[key] = now
            task = self.registry.tasks[entry["task"]]
            result = task.apply(entry.get("args", ()), entry.get("kwargs"))
            log.info("beat %s -> %s: %s", key, result.task, result.state)
        for result in self.registry.run_pending():
            if result.failed:
                log.warning("worker: %s[%s] failed", result.task, result.id)
