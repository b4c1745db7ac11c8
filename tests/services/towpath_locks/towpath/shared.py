"""State the three jobs share: an event, a lock, a stamp, and the module's pending passages."""

from __future__ import annotations

import asyncio
import logging

from .store import Passage

log = logging.getLogger(__name__)


class FlightShared:
    def __init__(self) -> None:
        self.arrival = asyncio.Event()
        self.gate_lock = asyncio.Lock()
        self.last_arrival: float | None = None


_pending: list[Passage] = []


def add_pending(passage: Passage) -> None:
    _pending.append(passage)


def take_pending() -> list[Passage]:
    global _pending
    batch, _pending = _pending, []
    return batch
