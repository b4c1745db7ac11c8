"""The angel's share: what a rack is expected to lose to evaporation in a day."""

from __future__ import annotations

import functools
import logging

log = logging.getLogger(__name__)

CASK_LITRES = 200.0
BASE_YEARLY_RATE = 0.02
WARMER_PER_FLOOR = 0.005


@functools.lru_cache(maxsize=64)
def angels_share(floor: int, casks: int) -> float:
    """Litres a rack of ``casks`` on ``floor`` is expected to lose per day (upper floors run warmer)."""
    rate = BASE_YEARLY_RATE + WARMER_PER_FLOOR * floor
    litres = casks * CASK_LITRES * rate / 365
    log.debug("angel's share on floor %d for %d casks: %.3f l/day", floor, casks, litres)
    return litres
