"""The cellar gateway: what the services may ask of the press."""

from __future__ import annotations

import logging

from .press import PressClient
from .repo import Lot

log = logging.getLogger(__name__)


class CellarGateway:
    def __init__(self, press: PressClient) -> None:
        self.press = press

    async def keep_alive(self) -> None:
        await self.press.heartbeat()

    async def press_lot(self, lot: Lot) -> None:
        program = "whole-cluster" if lot.varietal == "pinot" else "destemmed"
        if not await self.press.start_cycle(lot.lot_id, program):
            log.warning("press refused lot %s", lot.lot_id)

    async def rack(self, tank: str) -> None:
        await self.press.rack_tank(tank)
