"""The wind-chest controller container, coupled once per loft."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class WindChest:
    """The platform's container stub for the wind-chest controller."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def chest_serial(self) -> str:
        raise NotImplementedError("bound by the platform")


def couple_wind_chest(loft: str) -> WindChest:
    log.info("coupling the wind chest of %s", loft)
    return WindChest()
