"""The winding-rig container the crews drive."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class WindingRigBox:
    """The platform's stub for the winding-rig container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")


def summon_winding_box(region: str) -> WindingRigBox:
    log.info("summoning the winding rig in %s", region)
    return WindingRigBox()
