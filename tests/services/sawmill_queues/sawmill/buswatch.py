"""Watches the log-event bus: its readiness callback sets an event on the shared state."""

from __future__ import annotations

import logging

import queuebus

from .state import MillState

log = logging.getLogger(__name__)


class BusWatcher:
    def __init__(self, state: MillState) -> None:
        self.state = state

    def arm(self) -> None:
        if self.state.bus_ready.is_set():
            return
        queuebus.on_ready(self.state.bus_ready.set)
