"""Wiring: what the worker's start-up builds."""

from __future__ import annotations

from collections.abc import Mapping

import kvbox
import stowage

from .reporting import SettlementReporter
from .room import LedgerRoom
from .settings import LedgerSettings
from .store import LedgerStore


async def create_room(env: Mapping[str, str]) -> LedgerRoom:
    settings = LedgerSettings.from_env(env)
    db = await stowage.connect_async(settings.dsn)
    store = LedgerStore(db)
    room = LedgerRoom(settings, store, SettlementReporter(store), kvbox.AsyncCache(settings.cache_url))
    await room.attach()
    return room
