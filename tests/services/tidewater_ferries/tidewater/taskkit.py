"""A small task kit in Celery's shape: ``@task``, ``.delay()`` and dotted-name lookup."""

from __future__ import annotations

import functools
import importlib
import logging
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import stowage

from .harbour import TidewaterError

log = logging.getLogger(__name__)


class UnknownTidewaterTask(TidewaterError):
    """A dotted name that does not lead to a task."""


@dataclass
class DelayedCall:
    task: Task
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)


_DELAYED: deque[DelayedCall] = deque()


class Task:
    def __init__(self, name: str, run: Callable[..., Any], queue: str) -> None:
        self.name = name
        self.run = run
        self.queue = queue

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.run(*args, **kwargs)

    def delay(self, *args: Any, **kwargs: Any) -> None:
        log.debug("delaying %s on %s", self.name, self.queue)
        _DELAYED.append(DelayedCall(self, args, kwargs))

    def __repr__(self) -> str:
        return f"<Task {self.name} queue={self.queue}>"


def task(fn: Callable[..., Any] | None = None, *, queue: str = "terminal") -> Any:
    def decorate(fn: Callable[..., Any]) -> Task:
        @functools.wraps(fn)
        def run(*args: Any, **kwargs: Any) -> Any:
            started = time.monotonic()
            try:
                return fn(*args, **kwargs)
            finally:
                log.debug("%s took %.3fs", fn.__qualname__, time.monotonic() - started)

        return Task(f"{fn.__module__}.{fn.__name__}", run, queue)

    if fn is None:
        return decorate
    return decorate(fn)


def resolve(dotted: str) -> Any:
    module_name, _, attr = dotted.rpartition(".")
    if not module_name:
        raise UnknownTidewaterTask(dotted)
    module = importlib.import_module(module_name)
    try:
        return getattr(module, attr)
    except AttributeError:
        raise UnknownTidewaterTask(dotted) from None


def drain_delayed() -> int:
    """Run the calls delayed so far; calls delayed while draining wait for the next drain."""
    pending = len(_DELAYED)
    for _ in range(pending):
        call = _DELAYED.popleft()
        try:
            call.task(*call.args, **call.kwargs)
        except (TidewaterError, stowage.StowageError) as exc:
            log.warning("delayed %s failed: %s", call.task.name, exc)
    return pending
