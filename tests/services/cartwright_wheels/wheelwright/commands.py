"""The shop's commands: plain dataclasses, built during the tick and handled after it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class WheelCommand:
    bay: str


@dataclass(frozen=True)
class TrueSpokes(WheelCommand):
    order_id: str
    spokes: int


@dataclass(frozen=True)
class ShrinkTyre(WheelCommand):
    heats: int


@dataclass(frozen=True)
class ReseasonTimber(WheelCommand):
    rack: str


@dataclass(frozen=True)
class SweepShavings(WheelCommand):
    pass
