"""Snapshots the master takes each tick: frozen, compared with ``match``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LevelReading:
    pound: str
    depth_cm: int
    rising: bool
    spilling: bool
    breach: bool = False


@dataclass(frozen=True)
class BoatInQueue:
    name: str
    beam_cm: int
    arrived_at: str


@dataclass(frozen=True)
class QueueSnapshot:
    waiting: int
    total_beam_cm: int
    lead_boat: str | None = None


@dataclass(frozen=True)
class KeeperRota:
    on_duty: bool
