"""The market's value objects: ordered, so boards, grinds and manifests come out sorted."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any


@functools.total_ordering
class SpicePrice:
    """One line of a price board, ordered by stall row, then spice."""

    __slots__ = ("stall", "spice", "per_kilo")

    def __init__(self, stall: str, spice: str, per_kilo: int) -> None:
        self.stall = stall
        self.spice = spice
        self.per_kilo = per_kilo

    def _key(self) -> tuple[str, str, int]:
        return (self.stall, self.spice, self.per_kilo)

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, SpicePrice):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other: Any) -> bool:
        if not isinstance(other, SpicePrice):
            return NotImplemented
        return self._key() < other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"SpicePrice({self.stall!r}, {self.spice!r}, {self.per_kilo})"

    def board_line(self) -> str:
        return f"{self.spice}: {self.per_kilo} dh/kg"


@functools.total_ordering
@dataclass(frozen=True)
class MillBooking:
    """A grinding-mill booking, ordered by spice, then slot (equality is the dataclass's)."""

    spice: str
    slot: str
    booking_id: str
    kilos: int

    def __lt__(self, other: Any) -> bool:
        if not isinstance(other, MillBooking):
            return NotImplemented
        return (self.spice, self.slot, self.booking_id) < (other.spice, other.slot, other.booking_id)


@functools.total_ordering
@dataclass(frozen=True)
class CaravanArrival:
    """A caravan at the gate, ordered by where it came from, then when it arrived."""

    origin: str
    arrived_at: str
    caravan_id: str
    sacks: int

    def __lt__(self, other: Any) -> bool:
        if not isinstance(other, CaravanArrival):
            return NotImplemented
        return (self.origin, self.arrived_at, self.caravan_id) < (other.origin, other.arrived_at, other.caravan_id)
