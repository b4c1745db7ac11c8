"""Automatic gauge control: roll gaps are trimmed only during a reduction pass."""

from __future__ import annotations

import logging

from .floor import MillFloor

log = logging.getLogger(__name__)


class GaugeTrimMixin:
    floor: MillFloor

    def on_tick(self) -> None:
        if self.floor.repo.stand_reduction_active():
            step = self.floor.settings.gap_step_microns
            for stand in self.floor.settings.stand_ids:
                self.floor.link.trim(stand, step)
            self.floor.note("gaps trimmed")
        super().on_tick()  # type: ignore[misc]
