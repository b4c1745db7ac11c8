"""The stitching-bench container: the workshop's order floor runs in it."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class StitchingBenchBox:
    """The platform's stub for the stitching-bench container."""

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")


def summon_stitching_bench(region: str, lane: str = "floor") -> StitchingBenchBox:
    log.info("stitching bench for %s (%s lane)", region, lane)
    return StitchingBenchBox()
