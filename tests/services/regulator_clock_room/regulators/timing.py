"""A stopwatch for the service's public methods: it logs how long each call took."""

from __future__ import annotations

import functools
import inspect
import logging
import time
from collections.abc import Callable
from typing import Any, TypeVar

log = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Any])
C = TypeVar("C", bound=type)


def stopwatch(func: F) -> F:
    @functools.wraps(func)
    def timed_call(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            log.debug("%s took %.3f ms", func.__qualname__, (time.perf_counter() - started) * 1000.0)

    return timed_call  # type: ignore[return-value]


def stopwatch_public(cls: C) -> C:
    """Time every public method the class itself defines."""
    for name, member in list(vars(cls).items()):
        if name.startswith("_") or not inspect.isfunction(member):
            continue
        setattr(cls, name, stopwatch(member))
    return cls
