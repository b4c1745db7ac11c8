"""The pump-house container: pumps, meters and the price board live behind it."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class PumpHouseBox:
    """The platform's stub for the pump-house container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")


def berth_fuel_pump_box(berth: str) -> PumpHouseBox:
    log.info("pump house for berth %s", berth)
    return PumpHouseBox()
