"""Records the ledger hands out."""

from __future__ import annotations

from dataclasses import dataclass, field


class ApothecaryError(Exception):
    """Something the clerk decided not to do."""


@dataclass(slots=True)
class TinctureLot:
    lot_no: str
    remedy: str
    shelf: str


@dataclass(slots=True)
class Prescription:
    rx_id: str
    patient: str
    repeats_left: int = 1
    notes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class RoundReport:
    branch: str
    finished: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
