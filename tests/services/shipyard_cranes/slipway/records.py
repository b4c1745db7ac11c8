"""What the yard log hands the scheduler: frozen records."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CraneStatus:
    rail: str
    idle: bool
    load_tonnes: int


@dataclass(frozen=True)
class HullBlock:
    block_id: str
    hull: str
    weight_tonnes: int
