"""Decorators that check a condition before a service method runs."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

import envknobs

log = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Any])


def during_navigation_hours(method: F) -> F:
    """Skip the call while the canal is closed to navigation (a live knob)."""

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        if not envknobs.switch("SLUICE_NAVIGATION_OPEN"):
            log.debug("navigation closed: %s skipped", method.__name__)
            return None
        return method(self, *args, **kwargs)

    return wrapper  # type: ignore[return-value]


def keeper_required(method: F) -> F:
    """Only run with a lock-keeper on the balance beam."""

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        if not self.ledger.lock_keepers_on_duty():
            log.debug("no keeper on duty: %s skipped", method.__name__)
            return None
        return method(self, *args, **kwargs)

    return wrapper  # type: ignore[return-value]
