"""Wiring for the rehearsal hall worker."""

from __future__ import annotations

import kvbox
import stowage

from .repo import RehearsalPlan
from .room import ChoirRehearsalRoom
from .settings import RehearsalSettings


async def make_rehearsal_room() -> ChoirRehearsalRoom:
    settings = RehearsalSettings.from_env()
    plan = RehearsalPlan(await stowage.connect_async(settings.dsn))
    return ChoirRehearsalRoom(settings, plan, kvbox.AsyncCache(settings.cache_url))
