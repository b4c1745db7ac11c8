"""Wiring for the station worker."""

from __future__ import annotations

from collections.abc import Mapping

import kvbox
import stowage

from .readings import StationRecords
from .room import GlacierStationRoom
from .settings import StationSettings


async def start_glacier_room(env: Mapping[str, str]) -> GlacierStationRoom:
    settings = StationSettings.from_env(env)
    records = StationRecords(await stowage.connect_async(settings.dsn))
    return GlacierStationRoom(settings, records, kvbox.AsyncCache(settings.cache_url))
