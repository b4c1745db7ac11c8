"""Records the kiln room passes around (3.10 dataclasses, an enum, protocols)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Protocol


class KilnZone(enum.Enum):
    FLUE = "flue"
    FIREBOX = "firebox"
    CROWN = "crown"


@dataclass(slots=True, kw_only=True)
class GlazeBatch:
    batch_id: str
    kind: str
    kiln: str
    cone: int = 6


@dataclass(slots=True, kw_only=True, frozen=True)
class DoorReading:
    kiln: str
    closed: bool


@dataclass(slots=True, kw_only=True, frozen=True)
class ConeReading:
    kiln: str
    cone: int


@dataclass(slots=True, kw_only=True)
class FiringSummary:
    kiln: str
    batches: int
    zones: dict[KilnZone, int] = field(default_factory=dict)


@dataclass(slots=True, kw_only=True)
class IdleSummary:
    kiln: str
    zones: dict[KilnZone, int] = field(default_factory=dict)


class KilnNotifier(Protocol):
    def notify(self, message: str) -> None: ...


class StatusCallback(Protocol):
    def __call__(self, details: dict[str, object]) -> None: ...
