"""Records the works passes around: pans, requests, readings, harvest lots."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

PanKind = Literal["shallow", "deep", "crystallizer"]
RequestKind = Literal["heartbeat", "pump", "harvest"]


@dataclass(frozen=True)
class Pan:
    name: str
    kind: PanKind
    level_mm: int = 0


@dataclass(frozen=True)
class SensorPost:
    name: str
    live: bool = True


@dataclass(frozen=True)
class MoistureReading:
    sensor: str
    moisture_pct: int


@dataclass(frozen=True)
class HarvestLot:
    pan: str
    tonnes: int


@dataclass(frozen=True)
class BrineRequest:
    kind: RequestKind
    site: str
    litres: int = 0
    tonnes: int = 0
    request_id: int = 0


@dataclass
class WorksState:
    """Shared between the middleware and the foreman, kept across rounds."""

    flooded_pans: set[str] = field(default_factory=set)
    rounds: int = 0
