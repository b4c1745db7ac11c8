"""Wiring for the sauna worker."""

from __future__ import annotations

import kvbox
import stowage

from .bookings import BookingBook
from .room import SaunaSlotRoom
from .settings import SaunaSettings


async def build_sauna_room() -> SaunaSlotRoom:
    settings = SaunaSettings.from_env()
    db = await stowage.connect_async(settings.dsn)
    room = SaunaSlotRoom(settings, BookingBook(db), kvbox.AsyncCache(settings.cache_url))
    room.prepare()
    return room
