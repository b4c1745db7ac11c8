"""The ice house's control container (thermometers, drains, dock and saws)."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class IceHouseBox:
    """The platform's stub for the ice house control container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")


def summon_icehouse_box(region: str) -> IceHouseBox:
    log.info("summoning the ice house box in %s", region)
    return IceHouseBox()
