"""The instruments on the telescope mount."""

from __future__ import annotations

import logging

from .optics import OpticalInstrument

log = logging.getLogger(__name__)


class CameraInstrument(OpticalInstrument, slot="camera"):
    async def operate(self) -> None:
        await super().operate()
        await self.box.fetch("/camera/expose", method="POST", json={"site": self.site})


class GuiderInstrument(OpticalInstrument, slot="guider"):
    async def ready(self) -> bool:
        # the guide star lock must survive a closed shutter: skip the shutter check
        return await super(OpticalInstrument, self).ready()

    async def operate(self) -> None:
        await self.box.fetch("/guider/calibrate", method="POST")
