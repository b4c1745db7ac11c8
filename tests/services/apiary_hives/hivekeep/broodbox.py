"""The brood-scale container, and the retry helper every push goes through."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any, TypeVar

from .repository import HiveKeepError

logger = logging.getLogger(__name__)

T = TypeVar("T")

_BACKOFF_S = 0.0


class BroodBoxBusy(Exception):
    """The container answered 429: it is still starting or already busy."""


class BroodScaleBox:
    """The platform's stub for the brood-scale container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")


def summon_brood_box(pool: str) -> BroodScaleBox:
    logger.info("summoning the brood box of pool %s", pool)
    return BroodScaleBox()


def with_retries(call: Callable[..., T], *args: Any, attempts: int = 3, **kwargs: Any) -> T:
    last: BroodBoxBusy | None = None
    for attempt in range(attempts):
        try:
            return call(*args, **kwargs)
        except BroodBoxBusy as exc:
            last = exc
            logger.info("brood box busy (attempt %d of %d): %s", attempt + 1, attempts, exc)
            time.sleep(_BACKOFF_S * attempt)
    raise HiveKeepError(f"brood box still busy after {attempts} attempts") from last
