"""The stand-control container and the link that holds it."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class StandControlBox:
    """The platform's stub for the stand-control container."""

    def report_coolant(self, line: str, bar: int) -> Any:
        raise NotImplementedError("bound by the platform")

    def flush_sprays(self, line: str) -> Any:
        raise NotImplementedError("bound by the platform")

    def trim_gap(self, stand: str, microns: int) -> Any:
        raise NotImplementedError("bound by the platform")

    def queue_regrind(self, roll_id: str, stand: str) -> Any:
        raise NotImplementedError("bound by the platform")

    def load_roll_campaign(self, line: str) -> Any:
        raise NotImplementedError("bound by the platform")

    def reset_stand_offsets(self, stand: str) -> Any:
        raise NotImplementedError("bound by the platform")

    def stand_tag(self) -> str:
        raise NotImplementedError("bound by the platform")


def commission_stand_box(line: str) -> StandControlBox:
    log.info("commissioning the stand-control box for %s", line)
    return StandControlBox()


class StandLink:
    """Holds the line's box; the mixins reach it through ``floor.link``."""

    def __init__(self, line: str) -> None:
        self.line = line
        self.box = commission_stand_box(line)

    def trim(self, stand: str, microns: int) -> None:
        log.info("trimming %s on %s by %d µm", stand, self.box.stand_tag(), microns)
        self.box.trim_gap(stand, microns)

    def regrind(self, roll_id: str, stand: str) -> None:
        self.box.queue_regrind(roll_id, stand)
