"""Decorator factories the services stack on their stages."""

from __future__ import annotations

import functools
import inspect
import logging
import time
from collections.abc import Callable
from typing import Any, TypeVar

from .repository import SaddleryLedgerError

log = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Any])


def timed(stage: str) -> Callable[[F], F]:
    """Log how long a stage took; works on plain and async functions."""

    def decorate(func: F) -> F:
        if inspect.iscoroutinefunction(func):
            @functools.wraps(func)
            async def timed_async(*args: Any, **kwargs: Any) -> Any:
                started = time.perf_counter()
                log.debug("%s: started", stage)
                try:
                    return await func(*args, **kwargs)
                finally:
                    log.info("%s: %.1f ms", stage, (time.perf_counter() - started) * 1000)

            return timed_async  # type: ignore[return-value]

        @functools.wraps(func)
        def timed_sync(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                log.info("%s: %.1f ms", stage, (time.perf_counter() - started) * 1000)

        return timed_sync  # type: ignore[return-value]

    return decorate


def ledger_tolerant(fallback: Any = None) -> Callable[[F], F]:
    """A ledger failure ends the stage with ``fallback``; the next tick retries."""

    def decorate(func: F) -> F:
        @functools.wraps(func)
        async def tolerant(*args: Any, **kwargs: Any) -> Any:
            try:
                return await func(*args, **kwargs)
            except SaddleryLedgerError as exc:
                log.warning("%s gave up: %s", func.__qualname__, exc)
                return fallback

        return tolerant  # type: ignore[return-value]

    return decorate
