"""The hut's radio mast (the container) and the context variable holding the current hut."""

from __future__ import annotations

import logging
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)


class HutOffAir(Exception):
    """No hut is on the air in this context."""


class HutRadioMast:
    """The platform's stub for the hut's radio mast container."""

    async def transmit(self, channel: str, **payload: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    async def thaw_pump(self, pump_id: str) -> Any:
        raise NotImplementedError("bound by the platform")

    async def drain_pump(self, pump_id: str) -> Any:
        raise NotImplementedError("bound by the platform")

    async def post_bulletin(self, region: str, danger_level: int) -> Any:
        raise NotImplementedError("bound by the platform")

    async def open_rescue_channel(self, hut: str) -> Any:
        raise NotImplementedError("bound by the platform")

    def callsign(self) -> str:
        raise NotImplementedError("bound by the platform")


def raise_radio_mast(hut: str) -> HutRadioMast:
    log.info("raising the radio mast of %s", hut)
    return HutRadioMast()


@dataclass
class HutPost:
    name: str
    altitude_m: int
    mast: HutRadioMast


current_hut: ContextVar[HutPost] = ContextVar("glacier_current_hut")


def hut_mast() -> HutRadioMast:
    try:
        return current_hut.get().mast
    except LookupError:
        raise HutOffAir("no hut is on the air in this context") from None
