"""The fan-mast controller container and its factory."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class FanMastBox:
    """The platform's stub for the fan-mast controller container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def mast_serial(self) -> str:
        raise NotImplementedError("bound by the platform")


def summon_fan_mast_box(region: str) -> FanMastBox:
    log.info("fan-mast box in %s", region)
    return FanMastBox()
