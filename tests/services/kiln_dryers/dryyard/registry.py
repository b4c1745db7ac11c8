"""A small task registry in the shape of Celery's: tasks are known by dotted name."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import stowage

from .context import YardContext
from .items import DryYardError

log = logging.getLogger(__name__)

TaskFn = Callable[..., Any]


class UnknownYardTask(DryYardError):
    """The schedule names a task nobody registered."""


@dataclass
class YardTask:
    name: str
    fn: TaskFn
    queue: str = "kilns"

    def __call__(self, ctx: YardContext, **kwargs: Any) -> Any:
        return self.fn(ctx, **kwargs)

    def apply(self, ctx: YardContext, **kwargs: Any) -> Any:
        log.debug("applying %s on %s", self.name, self.queue)
        try:
            return self(ctx, **kwargs)
        except (DryYardError, stowage.StowageError) as exc:
            log.warning("task %s failed: %s", self.name, exc)
            return None


class YardTaskRegistry:
    def __init__(self) -> None:
        self.tasks: dict[str, YardTask] = {}

    def register(self, task: YardTask) -> YardTask:
        if task.name in self.tasks:
            raise DryYardError(f"task {task.name} registered twice")
        self.tasks[task.name] = task
        return task

    def lookup(self, name: str) -> YardTask:
        try:
            return self.tasks[name]
        except KeyError:
            raise UnknownYardTask(name) from None


yard_registry = YardTaskRegistry()


def yard_task(name: str, *, queue: str = "kilns") -> Callable[[TaskFn], YardTask]:
    def register(fn: TaskFn) -> YardTask:
        return yard_registry.register(YardTask(name, fn, queue))

    return register
