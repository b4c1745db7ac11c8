"""Coolant sprays over the work rolls: reported every tick."""

from __future__ import annotations

import logging

from .floor import MillFloor

log = logging.getLogger(__name__)


class CoolantSprayMixin:
    floor: MillFloor

    def on_tick(self) -> None:
        settings = self.floor.settings
        self.floor.link.box.report_coolant(settings.line_name, settings.coolant_bar)
        alarms = self.floor.repo.coolant_alarms()
        if alarms:
            log.warning("%d coolant alarms on %s: flushing the sprays", alarms, settings.line_name)
            self.floor.link.box.flush_sprays(settings.line_name)
        super().on_tick()  # type: ignore[misc]
