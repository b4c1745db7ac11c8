"""One sauna's room: the platform runs its alarm every five minutes."""

from __future__ import annotations

import logging
from typing import Any

import kvbox

from .bookings import BookingBook, logbook_audit_requested
from .controllers import open_steam_controller
from .settings import SaunaSettings

log = logging.getLogger(__name__)


class SaunaSlotRoom:
    def __init__(self, settings: SaunaSettings, bookings: BookingBook, cache: kvbox.AsyncCache) -> None:
        self.settings = settings
        self.bookings = bookings
        self.cache = cache
        self._vent: Any = None
        self._scent: Any = None
        self._heater: Any = None
        self._logbook: Any = None

    def prepare(self) -> None:
        """Start-up: the vent always runs; the scent doser only where it is enabled."""
        vent = open_steam_controller(self.settings, "vent")
        self._vent = vent
        if self.settings.scent_enabled:
            self._scent = open_steam_controller(self.settings, "scent")
        self._logbook = open_steam_controller(self.settings, "logbook")

    async def alarm(self) -> None:
        self._logbook = None  # a fresh logbook controller each tick, opened only when needed
        await self._ventilate()
        await self._dose_scent()
        if await self.bookings.sauna_has_guests():
            self._heater = open_steam_controller(self.settings, "heater")
        await self._heat_stones()
        for booking in await self.bookings.unpaid_bookings():
            log.info("unpaid booking %s", booking.booking_id)
            await self._remind(booking.guest)
        if await logbook_audit_requested(self.cache):
            self._logbook = open_steam_controller(self.settings, "logbook")
        await self._flush_logbook()
        await self._release_heater()

    async def _ventilate(self) -> None:
        await self._vent.fetch("/vent/cycle", method="POST")  # expect: WC001

    async def _dose_scent(self) -> None:
        if self._scent is not None:
            await self._scent.fetch("/scent/dose", method="POST")  # expect: WC001

    async def _heat_stones(self) -> None:
        if self._heater is None:
            return
        await self._heater.fetch("/heat", method="PUT", json={"celsius": self.settings.target_celsius})

    async def _remind(self, guest: str) -> None:
        await self._vent.fetch(f"/display/remind/{guest}", method="POST")

    async def _flush_logbook(self) -> None:
        if self._logbook is not None:
            await self._logbook.fetch("/logbook/flush", method="POST")  # expect: WC002

    async def _release_heater(self) -> None:
        if self._heater is not None:
            log.info("releasing heater %s", self._heater.label())
            await self._heater.shutdown()
            self._heater = None
