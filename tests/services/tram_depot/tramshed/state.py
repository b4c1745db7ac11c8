"""The state each pipeline step takes and hands on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .roster import TramRoster


@dataclass(frozen=True)
class DepotState:
    depot: str
    roster: TramRoster
    rig: Any
    crew_on_duty: bool
    floodlight_level: str
    sanding_queue: tuple[str, ...] = ()
    sanded: tuple[str, ...] = ()
    inspected: bool = False
    reprofile_due: bool = False
    reprofiled: bool = False
