"""What every task works with, bound once at start-up."""

from __future__ import annotations

from dataclasses import dataclass, field

from .boxes import TidewaterTerminalBox
from .readings import SlipwayLimits, TideReading
from .repository import TidewaterRepository
from .settings import TidewaterSettings


class TidewaterError(Exception):
    """Something the terminal decided not to do."""


@dataclass
class HarbourContext:
    settings: TidewaterSettings
    repo: TidewaterRepository
    box: TidewaterTerminalBox
    limits: SlipwayLimits
    last_readings: dict[str, TideReading] = field(default_factory=dict)


_harbour: HarbourContext | None = None


def bind_harbour(ctx: HarbourContext) -> None:
    global _harbour
    _harbour = ctx


def harbour() -> HarbourContext:
    if _harbour is None:
        raise TidewaterError("bind_harbour() has not run")
    return _harbour
