"""Decorators that keep the controller polite to the gantry: retry, breaker, throttle."""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable
from typing import Any, TypeVar

from .gantry import GantryFault
from .settings import BREAKER_COOLDOWN_SECONDS, BREAKER_THRESHOLD

log = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Any])


def retry_on(*errors: type[BaseException], attempts: int = 3, backoff: float = 0.0) -> Callable[[F], F]:
    """Retry the call on ``errors``, up to ``attempts`` times in all, sleeping a little longer each time."""

    def decorate(func: F) -> F:
        @functools.wraps(func)
        def retrying(*args: Any, **kwargs: Any) -> Any:
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except errors as exc:
                    if attempt == attempts:
                        raise
                    log.info("%s failed (%s), attempt %d of %d", func.__qualname__, exc, attempt, attempts)
                    time.sleep(backoff * attempt)
            raise AssertionError("unreachable")

        return retrying  # type: ignore[return-value]

    return decorate


class GantryBreaker:
    """A circuit breaker; the instance itself decorates the methods it protects."""

    def __init__(self, name: str, threshold: int, cooldown: float) -> None:
        self.name = name
        self.threshold = threshold
        self.cooldown = cooldown
        self._failures = 0
        self._opened_at: float | None = None

    def is_open(self) -> bool:
        if self._opened_at is None:
            return False
        if time.monotonic() - self._opened_at >= self.cooldown:
            log.info("breaker %s half-open", self.name)
            self._opened_at = None
            self._failures = 0
            return False
        return True

    def _record_failure(self) -> None:
        self._failures += 1
        if self._failures >= self.threshold:
            log.warning("breaker %s open after %d failures", self.name, self._failures)
            self._opened_at = time.monotonic()

    def __call__(self, func: F) -> F:
        @functools.wraps(func)
        def protected(*args: Any, **kwargs: Any) -> Any:
            if self.is_open():
                log.warning("breaker %s open; skipping %s", self.name, func.__qualname__)
                return None
            try:
                result = func(*args, **kwargs)
            except GantryFault:
                self._record_failure()
                raise
            self._failures = 0
            return result

        return protected  # type: ignore[return-value]


def throttled(min_gap: float) -> Callable[[F], F]:
    """Skip calls made less than ``min_gap`` seconds after the last one that ran."""

    def decorate(func: F) -> F:
        last_run: float | None = None

        @functools.wraps(func)
        def throttle(*args: Any, **kwargs: Any) -> Any:
            nonlocal last_run
            now = time.monotonic()
            if last_run is not None and now - last_run < min_gap:
                log.debug("%s throttled (%.0fs since the last run)", func.__qualname__, now - last_run)
                return None
            last_run = now
            return func(*args, **kwargs)

        return throttle  # type: ignore[return-value]

    return decorate


gantry_breaker = GantryBreaker("gantry", threshold=BREAKER_THRESHOLD, cooldown=BREAKER_COOLDOWN_SECONDS)
