"""Binding jobs, alerts, glue pots and press profiles, and the batch of queued jobs."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

PRIORITY_RANKS = {"rush": 3, "standard": 2, "reprint": 1}


@dataclass(frozen=True)
class PressJob:
    id: str
    title: str
    stock: str
    priority: int

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> PressJob:
        fields = dict(row)
        fields["priority"] = PRIORITY_RANKS.get(str(row.get("priority", "")), 0)
        return cls(**fields)


@dataclass(frozen=True)
class PressAlert:
    alert_id: str
    station: str
    severity: str


@dataclass(frozen=True)
class GluePot:
    batch_code: str
    melt_point: str


@dataclass(frozen=True)
class PressProfile:
    stock: str
    dwell_seconds: int
    clamp_bar: float

    @classmethod
    def from_reply(cls, stock: str, data: dict[str, Any]) -> PressProfile:
        return cls(stock=stock, dwell_seconds=int(data.get("dwell", 40)), clamp_bar=float(data.get("clamp", 2.5)))


class BindingBatch:
    """The jobs queued for the glue line this tick."""

    def __init__(self, jobs: Iterable[PressJob]) -> None:
        self._jobs: list[PressJob] = list(jobs)

    def __iter__(self) -> Iterator[PressJob]:
        return iter(self._jobs)

    def __len__(self) -> int:
        return len(self._jobs)

    def __bool__(self) -> bool:
        return len(self._jobs) > 0

    def most_urgent(self) -> list[PressJob]:
        return sorted(self, key=lambda r: (r.priority, r.id), reverse=True)[:3]

    @classmethod
    def from_rows(cls, rows: Iterable[dict[str, Any]]) -> BindingBatch:
        return cls(PressJob.from_row(row) for row in rows)
