"""Wiring for the foundry worker."""

from __future__ import annotations

from collections.abc import Mapping

import kvbox
import stowage

from .records import CastingRecords
from .room import BellFoundryRoom
from .settings import FoundrySettings


async def build_foundry_room(env: Mapping[str, str]) -> BellFoundryRoom:
    settings = FoundrySettings.from_env(env)
    records = CastingRecords(await stowage.connect_async(settings.dsn))
    return BellFoundryRoom(settings, records, kvbox.AsyncCache(settings.cache_url))
