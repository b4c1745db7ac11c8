"""The wick-control container, commissioned once at start-up."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class WickBox:
    """The platform's stub for the wick-control container."""

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def wick_serial(self) -> str:
        raise NotImplementedError("bound by the platform")


def commission_wick_box(city: str) -> WickBox:
    log.info("commissioning the wick box for %s", city)
    return WickBox()
