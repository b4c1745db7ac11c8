"""The rate-bench container: sensors, motor winders and hand setters for the wall."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class RateBenchBox:
    """The platform's stub for the rate-bench container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def bench_label(self) -> str:
        raise NotImplementedError("bound by the platform")


def summon_rate_bench(room: str) -> RateBenchBox:
    log.info("summoning the rate bench for %s", room)
    return RateBenchBox()
