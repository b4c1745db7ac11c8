"""The mill floor: settings, repository and the link to the stand-control box."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from .boxes import StandLink
from .repository import RollerRepository
from .settings import MillSettings

log = logging.getLogger(__name__)


@dataclass
class RegrindOrder:
    roll_id: str
    stand: str


@dataclass
class MillFloor:
    settings: MillSettings
    repo: RollerRepository
    link: StandLink = field(init=False)
    regrind_orders: list[RegrindOrder] = field(default_factory=list)
    tick_notes: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.link = StandLink(self.settings.line_name)
        log.info("mill floor for %s with %d stands", self.settings.line_name, len(self.settings.stand_ids))

    def note(self, text: str) -> None:
        self.tick_notes.append(text)
        del self.tick_notes[:-20]
