"""Instruments behind the dome's shutter."""

from __future__ import annotations

import logging

from .instruments import DomeInstrument

log = logging.getLogger(__name__)


class OpticalInstrument(DomeInstrument):
    """Anything looking through the slit: ready only with the shutter open."""

    async def ready(self) -> bool:
        if not await self.night.dome_shutter_open():
            return False
        return await super().ready()

    async def operate(self) -> None:
        await super().operate()
        await self.box.fetch(f"/optics/{self.slot}/collimate", method="POST")
