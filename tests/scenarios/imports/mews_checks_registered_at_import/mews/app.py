"""Wiring for the mews worker."""

from __future__ import annotations

from collections.abc import Mapping

import kvbox
import stowage

from .aviary import open_aviary_controller
from .records import MewsRecords
from .registry import CheckContext
from .room import MewsRoom
from .settings import MewsSettings


async def create_mews_room(env: Mapping[str, str]) -> MewsRoom:
    settings = MewsSettings.from_env(env)
    records = MewsRecords(await stowage.connect_async(settings.dsn))
    context = CheckContext(open_aviary_controller(settings), records, kvbox.AsyncCache(settings.cache_url))
    return MewsRoom(context)
