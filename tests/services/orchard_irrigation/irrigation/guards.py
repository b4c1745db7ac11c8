from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from .orchard import Orchard

log = logging.getLogger(__name__)

R = TypeVar("R")


def only_when_thirsty(step: Callable[..., R]) -> Callable[..., R | None]:
    """Runs a step only while some zone needs water."""

    @functools.wraps(step)
    def guarded(orchard: Orchard, *args: Any, **kwargs: Any) -> R | None:
        if not orchard.sensors.zones_need_water():
            log.debug("%s skipped: no zone needs water", step.__name__)
            return None
        return step(orchard, *args, **kwargs)

    return guarded
