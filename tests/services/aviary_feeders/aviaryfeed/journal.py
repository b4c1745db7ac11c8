"""The feeding journal: readings buffered during a tick, flushed to the controller on exit."""

from __future__ import annotations

import logging
from types import TracebackType
from typing import Any

from .repository import FeederReading

log = logging.getLogger(__name__)


class HopperJournal:
    def __init__(self, box: Any, zone: str) -> None:
        self.box = box
        self.zone = zone
        self._entries: list[FeederReading] = []

    async def __aenter__(self) -> HopperJournal:
        self._entries.clear()
        log.debug("journal open for %s", self.zone)
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> bool:
        await self.box.fetch("/journal/readings", method="POST", json={"zone": self.zone, "readings": [e.as_json() for e in self._entries], "aborted": exc_type is not None})
        self._entries.clear()
        return False

    def record(self, reading: FeederReading) -> None:
        self._entries.append(reading)
