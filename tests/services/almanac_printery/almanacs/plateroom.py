"""The plate-room container: casting, inking and proofing the almanac plates."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class PlateRoomBox:
    """The platform's stub for the plate-room container."""

    def work(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def press_serial(self) -> str:
        raise NotImplementedError("bound by the platform")


def commission_plate_room_box(press: str) -> PlateRoomBox:
    log.info("commissioning the plate room for %s", press)
    return PlateRoomBox()
