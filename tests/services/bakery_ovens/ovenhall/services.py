"""Deck commands and the flour-silo survey."""

from __future__ import annotations

import logging
from typing import Any

from .repository import BakeryLedger
from .settings import BakerySettings
from .zones import OvenZone

log = logging.getLogger(__name__)


class DeckController:
    """Commands to the decks; the scheduler holds them as partials by verb."""

    def __init__(self, box: Any, setpoints: dict[OvenZone, int]) -> None:
        self.box = box
        self.setpoints = setpoints

    async def preheat(self, zone: OvenZone, *, ramp: str) -> None:
        target = self.setpoints[zone]
        await self.box.fetch(f"{zone.path}/preheat", method="POST", json={"celsius": target, "ramp": ramp})

    async def inject_steam(self, zone: OvenZone, *, seconds: int) -> None:
        await self.box.fetch(f"{zone.path}/steam", method="POST", json={"seconds": seconds})

    async def open_vents(self, zone: OvenZone, *, reason: str) -> None:
        log.info("vents on %r stay shut by hall policy (%s)", zone, reason)


class FlourSiloMonitor:
    def __init__(self, box: Any, ledger: BakeryLedger, settings: BakerySettings) -> None:
        self.box = box
        self.ledger = ledger
        self.settings = settings

    async def survey(self) -> int:
        silos = self.settings.silos
        index = 0
        refilled = 0
        while index < len(silos):
            silo = silos[index]
            index += 1
            if silo in self.settings.silos_offline:
                log.debug("silo %s is offline", silo)
                continue
            if not await self.ledger.silo_refill_window(silo):
                continue
            await self.request_refill(silo)
            await self.ledger.log_refill(silo)
            refilled += 1
        return refilled

    async def request_refill(self, silo: str) -> None:
        await self.box.fetch(f"/silos/{silo}/refill", method="POST")
