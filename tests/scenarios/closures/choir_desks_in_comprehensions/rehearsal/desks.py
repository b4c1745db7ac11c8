"""Section mixing desks (containers) and the hall's own level meter."""

from __future__ import annotations

import logging
from typing import Any

from .settings import RehearsalSettings

log = logging.getLogger(__name__)


class MixingDeskStub:
    def __init__(self, image: str, section: str) -> None:
        self.image = image
        self.section = section

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the runtime")


def open_mixing_desk(settings: RehearsalSettings, section: str) -> MixingDeskStub:
    log.debug("mixing desk for %s", section)
    return MixingDeskStub(settings.desk_image, section)


class HallMeter:
    """The analogue meter on the hall's wall, read over a serial line."""

    def __init__(self) -> None:
        self.readings: dict[str, float] = {}

    async def fetch(self, path: str, **kwargs: Any) -> float:
        self.readings[path] = -18.0
        return -18.0
