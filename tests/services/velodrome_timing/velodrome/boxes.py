"""The trackside boxes (timing, lighting, scoreboard) and the consoles that reach them."""

from __future__ import annotations

import logging
from typing import Any, Optional

log = logging.getLogger(__name__)


class VelodromeError(Exception):
    """Something the controller decided not to do."""


class TrackBox:
    """The platform's stub for a trackside container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def box_label(self) -> str:
        raise NotImplementedError("bound by the platform")


def summon_trackside_box(name: str) -> TrackBox:
    log.info("summoning trackside box %s", name)
    return TrackBox()


class TracksideConsole:
    """A console for one trackside box; it has no client until start-up connects it."""

    def __init__(self, box_name: str) -> None:
        self.box_name = box_name
        self.client: Optional[TrackBox] = None

    def connect(self) -> None:
        self.client = summon_trackside_box(self.box_name)
        log.info("console %s connected", self.box_name)

    @property
    def connected(self) -> bool:
        return self.client is not None
