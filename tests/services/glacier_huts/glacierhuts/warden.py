"""The hut warden: its radio round runs every ten minutes."""

from __future__ import annotations

import asyncio
import logging

from .bulletins import AvalancheDesk
from .checkins import CheckInRelay
from .ledger import BunkLedger
from .pumps import MeltPumpTender
from .radio import HutPost, current_hut, hut_mast

log = logging.getLogger(__name__)


class HutWarden:
    def __init__(self, hut: HutPost, ledger: BunkLedger, relay: CheckInRelay, tender: MeltPumpTender,
                 desk: AvalancheDesk, lock_timeout_s: float) -> None:
        self.hut = hut
        self._ledger = ledger
        self._relay = relay
        self._tender = tender
        self._desk = desk
        self._lock_timeout_s = lock_timeout_s
        self._radio_lock = asyncio.Lock()
        self._sequence = 0
        self._on_air = False

    async def radio_round(self) -> None:
        token = current_hut.set(self.hut)
        try:
            self._sequence += 1
            if not self._on_air:
                await self._announce()
            async with asyncio.TaskGroup() as group:
                group.create_task(self._relay.run(self._sequence))
                group.create_task(self._tender.tend())
                group.create_task(self._desk.relay_latest())
            if await self._ledger.crevasse_rescue_underway():
                await self._relay_rescue()
            if await self._ledger.hut_season_closing():
                await self._close_for_season()
        finally:
            current_hut.reset(token)

    async def _announce(self) -> None:
        mast = hut_mast()
        log.info("%s on air as %s", self.hut.name, mast.callsign())
        await mast.transmit("on-air", hut=self.hut.name, altitude=self.hut.altitude_m)
        self._on_air = True

    async def _relay_rescue(self) -> None:
        async with asyncio.timeout(self._lock_timeout_s):
            async with self._radio_lock:
                await self.hut.mast.open_rescue_channel(self.hut.name)

    async def _close_for_season(self) -> None:
        async with asyncio.timeout(self._lock_timeout_s):
            async with self._radio_lock:
                await self._tender.drain_for_winter()
                await hut_mast().transmit("season", hut=self.hut.name, closed=True)
        log.info("%s closed for the winter", self.hut.name)
