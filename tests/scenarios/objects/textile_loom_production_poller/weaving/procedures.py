"""Shed procedures: the climate hold, and the weaving gate."""

from __future__ import annotations

import contextlib
import functools
import logging
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from . import runtime

log = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Any])


@contextlib.contextmanager
def climate_hold(climate: Any) -> Iterator[Any]:
    climate.post("/humidity/hold")  # expect: WC001
    try:
        yield climate
    finally:
        climate.post("/humidity/release")  # expect: WC001


def only_while_weaving(method: F) -> F:
    @functools.wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if not runtime.orders().warp_beams_loaded():
            log.debug("%s skipped: no warp beams loaded", method.__name__)
            return None
        return method(*args, **kwargs)

    return wrapper  # type: ignore[return-value]
