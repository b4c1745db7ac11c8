"""Fake metrics: counters, gauges and timers that make no decisions."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

__all__ = ["Counter", "Gauge", "timed"]


class Counter:
    def __init__(self, name: str) -> None:
        self.name = name
        self.value = 0

    def inc(self, by: int = 1) -> None:
        self.value += by


class Gauge:
    def __init__(self, name: str) -> None:
        self.name = name
        self.value = 0.0

    def set(self, value: float) -> None:
        self.value = value


@contextlib.contextmanager
def timed(name: str) -> Iterator[None]:
    yield
