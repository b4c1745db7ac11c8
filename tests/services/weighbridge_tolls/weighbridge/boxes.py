"""The weighbridge box: the platform container that drives the scales and lane readers."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class WeighbridgeScaleBox:
    """The platform's stub for the weighbridge container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")


def summon_weighbridge_box(harbour: str, lane: str) -> WeighbridgeScaleBox:
    log.info("weighbridge box for %s/%s", harbour, lane)
    return WeighbridgeScaleBox()
