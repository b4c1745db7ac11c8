"""Value objects passed between the sync step and the async tick."""

from __future__ import annotations

from dataclasses import dataclass, field

from .caps import FragCaps


@dataclass(frozen=True)
class BlastReport:
    report_id: str
    bench: str
    holes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class TickPlan:
    caps: FragCaps
    benches: list[str] = field(default_factory=list)
    reports: list[BlastReport] = field(default_factory=list)
