"""The concrete fermenter plugins."""

from __future__ import annotations

import logging

from .vessels import ConeTankPlugin

log = logging.getLogger(__name__)


class GlycolChillPlugin(ConeTankPlugin, plugin_name="glycol"):
    """Cycles the glycol jacket, only while something ferments."""

    def should_run(self) -> bool:
        return self.ledger.fermentations_active() and super().should_run()

    def run(self) -> None:
        super().run()
        self.box.fetch("/glycol/cycle", method="POST")


class PressureWatchPlugin(ConeTankPlugin, plugin_name="pressure"):
    """Notes that the spunding valve was looked at."""

    def run(self) -> None:
        super().run()
        self.ledger.note_pressure(self.vessel)
