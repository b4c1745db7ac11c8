"""Step decorators shared by the room and the module-level steps."""

from __future__ import annotations

import functools
import inspect
import logging
from collections.abc import Callable
from typing import Any, TypeVar

import telemetry
import wirecall

log = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Any])


def requires_activity(func: F) -> F:
    """Runs ``func`` only while the lab is active; its first argument is whatever holds the tracker."""
    if inspect.iscoroutinefunction(func):

        @functools.wraps(func)
        async def run_if_sequencing(owner: Any, *args: Any, **kwargs: Any) -> Any:
            if not await owner.tracker.runs_in_flight():
                log.debug("skipping %s: no runs in flight", func.__qualname__)
                return None
            return await func(owner, *args, **kwargs)

        return run_if_sequencing  # type: ignore[return-value]

    @functools.wraps(func)
    def run_if_loaded(owner: Any, *args: Any, **kwargs: Any) -> Any:
        if not owner.tracker.flowcells_loaded():
            log.debug("skipping %s: no flowcells loaded", func.__qualname__)
            return None
        return func(owner, *args, **kwargs)

    return run_if_loaded  # type: ignore[return-value]


def logged_step(func: F) -> F:
    @functools.wraps(func)
    async def timed_step(*args: Any, **kwargs: Any) -> Any:
        with telemetry.timed(func.__qualname__):
            return await func(*args, **kwargs)

    return timed_step  # type: ignore[return-value]


def retrying(times: int) -> Callable[[F], F]:
    def decorate(func: F) -> F:
        @functools.wraps(func)
        async def with_retries(*args: Any, **kwargs: Any) -> Any:
            for attempt in range(1, times + 1):
                try:
                    return await func(*args, **kwargs)
                except wirecall.WireError as err:
                    log.warning("%s failed (attempt %d of %d): %s", func.__qualname__, attempt, times, err)
            return None

        return with_retries  # type: ignore[return-value]

    return decorate
