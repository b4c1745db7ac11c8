"""The lift interlock: a decorator that lets a method through only while a lift is on the hook."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

log = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Any])


def lift_interlocked(method: F) -> F:
    """Skip the call unless the yard log shows a lift in progress."""

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        if not self.yard_log.gantry_lift_in_progress():
            log.debug("no lift on the hook: %s skipped", method.__name__)
            return None
        return method(self, *args, **kwargs)

    return wrapper  # type: ignore[return-value]
