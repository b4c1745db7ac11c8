"""The boiler-room container client: one per process, set up by ``init()``."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class BoilerRoomError(Exception):
    """The boiler room refused or failed a command."""


class BoilerRoomBox:
    """The platform's stub for the boiler-room controller container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def boiler_label(self) -> str:
        raise NotImplementedError("bound by the platform")


_boiler_room: Any = None


def stoke_boiler_room_box(site: str) -> BoilerRoomBox:
    log.info("connecting to the boiler room at %s", site)
    return BoilerRoomBox()


def init(site: str) -> None:
    """Called once by the start-up code, before the first round."""
    global _boiler_room
    _boiler_room = stoke_boiler_room_box(site)
    log.info("boiler room client ready for %s", site)


def boiler_room() -> Any:
    if _boiler_room is None:
        raise LookupError("boilerroom.init() has not run")
    return _boiler_room
