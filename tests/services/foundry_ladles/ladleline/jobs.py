"""The job records of a pour round."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ThermalSweepJob:
    """Read a ladle's shell temperatures; made for every ladle, every round."""

    ladle_id: str


@dataclass(frozen=True)
class SkimJob:
    """Skim the slag off the ladle at the pouring station, if a crust was reported."""

    station: str


@dataclass(frozen=True)
class RelineJob:
    """Reline a ladle's refractory; only made from an open reline order."""

    ladle_id: str
    refractory: str
