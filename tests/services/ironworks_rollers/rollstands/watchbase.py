"""Where every stand watch's ``on_tick`` chain ends: the roll-campaign changeover."""

from __future__ import annotations

import logging

from .floor import MillFloor
from .repository import RollerStandError

log = logging.getLogger(__name__)


class StandWatchBase:
    floor: MillFloor

    def __init__(self, floor: MillFloor) -> None:
        self.floor = floor

    def on_tick(self) -> None:
        if not self.floor.repo.roll_campaign_changeover():
            return
        box = self.floor.link.box
        log.warning("roll campaign changeover on %s", self.floor.settings.line_name)
        reply = box.load_roll_campaign(self.floor.settings.line_name)
        if not reply.ok:
            raise RollerStandError(f"campaign load refused on {self.floor.settings.line_name}")
        for stand in self.floor.settings.stand_ids:
            box.reset_stand_offsets(stand)
        self.floor.note("campaign changed")
