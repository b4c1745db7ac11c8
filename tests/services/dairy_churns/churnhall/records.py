"""Records the churn line passes around: NamedTuples from the floor, frozen dataclasses of its own."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import NamedTuple


class ChurnStation(NamedTuple):
    name: str
    bus_port: int
    rpm_limit: int


class CreamBatch(NamedTuple):
    batch_id: str
    vat: str
    fat_pct: int
    litres: int


class ChurnPhase(enum.Enum):
    RESTING = "resting"
    AGITATING = "agitating"
    DRAINING = "draining"


@dataclass(frozen=True)
class DrumOrder:
    batch_id: str
    litres: int
    salted: bool = False


@dataclass(frozen=True)
class RunTally:
    ticks: int = 0
    batches: int = 0
    litres: int = 0


@dataclass(frozen=True)
class CycleState:
    phase: ChurnPhase = ChurnPhase.RESTING
    ticks_in_phase: int = 0
