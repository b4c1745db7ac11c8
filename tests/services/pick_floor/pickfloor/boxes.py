"""Where picker containers come from."""

from __future__ import annotations

import logging
from typing import Any

from .settings import FloorSettings

log = logging.getLogger(__name__)


class PickerBox:
    """The runtime's container stub for the pick-path optimiser."""

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the runtime")

    async def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the runtime")


def reserve_picker_box(settings: FloorSettings, floor: str) -> PickerBox:
    log.info("reserving a picker box (%s) for %s", settings.picker_image, floor)
    return PickerBox()
