"""What the dispatcher leaves for the track watch: one state object for the process.

The scheduler runs the two jobs on two threads, so every read and write of ``state``
goes under ``_lock``.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass
class HaulageState:
    departure_called: bool = False
    called_from: str = ""
    reroping_notice_due: bool = False
    last_brake_test: float = float("-inf")
    dispatch_rounds: int = 0


state = HaulageState()
_lock = threading.Lock()


def take_departure_call() -> str | None:
    """The station a departure was called from, once; ``None`` when nobody called one."""
    with _lock:
        if not state.departure_called:
            return None
        state.departure_called = False
        return state.called_from


def take_reroping_notice() -> bool:
    with _lock:
        due, state.reroping_notice_due = state.reroping_notice_due, False
        return due
