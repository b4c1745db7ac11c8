"""Wiring: what the studio worker's start-up builds."""

from __future__ import annotations

from collections.abc import Mapping

import kvbox
import stowage

from .repo import FiringRepository
from .room import GlazeKilnRoom
from .settings import KilnSettings


async def create_kiln_room(env: Mapping[str, str]) -> GlazeKilnRoom:
    settings = KilnSettings.from_env(env)
    db = await stowage.connect_async(settings.dsn)
    return GlazeKilnRoom(settings, FiringRepository(db), kvbox.AsyncCache(settings.cache_url))
