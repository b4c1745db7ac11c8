"""Holding the boiler room: a lease class and a steam-room session."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from types import TracebackType
from typing import Any

log = logging.getLogger(__name__)


class BoilerLease:
    """Acquired on enter, released on every way out, so two stewards never fire the same boiler."""

    def __init__(self, box: Any, holder: str, seconds: int) -> None:
        self.box = box
        self.holder = holder
        self.seconds = seconds
        self.granted = False

    def __enter__(self) -> BoilerLease:
        log.debug("leasing %s for %s", self.box.boiler_label(), self.holder)
        reply = self.box.fetch("/leases/boiler", method="POST", json={"holder": self.holder, "ttl": self.seconds})
        self.granted = bool(reply.ok)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> bool:
        self.box.fetch("/leases/boiler", method="DELETE", json={"holder": self.holder})
        if exc_type is not None:
            log.warning("lease of %s released after %s", self.holder, exc_type.__name__)
        return False


@contextlib.contextmanager
def steam_room_session(box: Any, room: str, celsius: int) -> Iterator[Any]:
    """Opens the room's steam valve for the session; closes it whatever happens."""
    box.fetch(f"/rooms/{room}/valve", method="PUT", json={"open": True, "celsius": celsius})
    try:
        yield box
    finally:
        box.fetch(f"/rooms/{room}/valve", method="PUT", json={"open": False})
        log.debug("valve of %s closed", room)
