"""A retry decorator with arguments for calls to the cave box."""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable
from typing import Any, TypeVar

from .settings import RETRY_PAUSE_SECONDS

log = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Any])


def retry(times: int = 3, on: tuple[type[BaseException], ...] = (Exception,),
          pause: float = RETRY_PAUSE_SECONDS) -> Callable[[F], F]:
    """Call again on any of ``on``, ``times`` calls in all; the last failure propagates."""

    def decorate(func: F) -> F:
        @functools.wraps(func)
        def again(*args: Any, **kwargs: Any) -> Any:
            last: BaseException | None = None
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except on as exc:
                    last = exc
                    log.info("%s: %s (attempt %d of %d)", func.__qualname__, exc, attempt, times)
                    time.sleep(pause * attempt)
            assert last is not None
            raise last

        return again  # type: ignore[return-value]

    return decorate
