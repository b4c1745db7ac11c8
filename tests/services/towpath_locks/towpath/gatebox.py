"""The lock-gate controller container, and the per-flight clients that reach it."""

from __future__ import annotations

import functools
import logging
from typing import Any

log = logging.getLogger(__name__)


class LockgateBox:
    """The platform's stub for the gate controller container."""

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    async def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")

    def gate_serial(self) -> str:
        raise NotImplementedError("bound by the platform")


def open_lockgate_box(flight: str) -> LockgateBox:
    log.info("opening the lock-gate box for %s", flight)
    return LockgateBox()


class LockgateClient:
    _instances: dict = {}

    def __init__(self, flight: str) -> None:
        self.flight = flight

    @classmethod
    def for_flight(cls, flight: str) -> LockgateClient:
        return cls._instances.setdefault(flight, cls(flight))

    @functools.cached_property
    def box(self) -> LockgateBox:
        return open_lockgate_box(self.flight)
