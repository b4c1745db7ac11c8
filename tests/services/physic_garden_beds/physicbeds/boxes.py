"""The garden's containers: the irrigation controller and the label printer."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class PhysicBedBox:
    """The platform's stub for one of the garden's containers."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")


def summon_physic_bed_box(garden: str, role: str) -> PhysicBedBox:
    log.info("summoning the %s box for %s", role, garden)
    return PhysicBedBox()
