"""Behaviour shared by the cellar routines."""

from __future__ import annotations

import logging

from .boxes import borrowed_cellar_box
from .ledger import CellarLedger
from .settings import CellarSettings

log = logging.getLogger(__name__)


class CellarRoutineBase:
    def __init__(self, settings: CellarSettings, ledger: CellarLedger) -> None:
        self.settings = settings
        self.ledger = ledger


class RackingWatchMixin:
    """Keeps the racking pump's progress in step; the patrol stores whether a racking is underway."""

    settings: CellarSettings
    _racking_underway: bool = False

    async def _sync_racking_progress(self) -> None:
        if not self._racking_underway:
            log.debug("no racking underway in %s", self.settings.region)
            return
        async with borrowed_cellar_box(self.settings.region, "racking") as box:
            await box.fetch("/racking/progress", method="PUT")
