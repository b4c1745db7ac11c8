"""The licence-plate recognition container the platform binds for us."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class FerrylightPlateBox:
    """The platform's stub for the plate-recognition container (scales to zero)."""

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    async def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")

    async def stop(self) -> None:
        raise NotImplementedError("bound by the platform")


def summon_ferrylight_plate_box(pool: str) -> FerrylightPlateBox:
    log.info("binding the plate-recognition box of pool %s", pool)
    return FerrylightPlateBox()
