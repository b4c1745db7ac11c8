"""The periodic entry: one stand watch per mill line, ticked every five minutes."""

from __future__ import annotations

import logging

from .coolant import CoolantSprayMixin
from .floor import MillFloor
from .gauge import GaugeTrimMixin
from .repository import RollerStandError
from .watchbase import StandWatchBase
from .wear import RollWearMixin

log = logging.getLogger(__name__)


class RollerStandWatch(CoolantSprayMixin, GaugeTrimMixin, RollWearMixin, StandWatchBase):
    def __init__(self, floor: MillFloor) -> None:
        super().__init__(floor)
        self.ticks = 0

    def on_tick(self) -> None:
        self.ticks += 1
        log.debug("stand watch tick %d on %s", self.ticks, self.floor.settings.line_name)
        try:
            super().on_tick()
        except RollerStandError:
            log.exception("stand watch tick %d gave up", self.ticks)
