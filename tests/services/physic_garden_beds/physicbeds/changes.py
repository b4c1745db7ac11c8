"""The changes a unit of work collects, and the unit of work itself."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Protocol

log = logging.getLogger(__name__)


class PhysicChange(Protocol):
    def as_payload(self) -> dict[str, Any]: ...


@dataclass(frozen=True)
class WateringChange:
    bed_id: str
    litres: int

    def as_payload(self) -> dict[str, Any]:
        return {"kind": "water", "bed": self.bed_id, "litres": self.litres}


@dataclass(frozen=True)
class PrinterKeepAlive:
    printer: str

    def as_payload(self) -> dict[str, Any]:
        return {"kind": "keep-alive", "printer": self.printer}


@dataclass
class PhysicUnitOfWork:
    purpose: str
    changes: list[PhysicChange] = field(default_factory=list)

    def add(self, change: PhysicChange) -> None:
        log.debug("%s: queued %r", self.purpose, change)
        self.changes.append(change)

    def discard(self) -> None:
        self.changes.clear()


class PhysicFlushError(Exception):
    """A container refused a flush; the next round tries again."""
