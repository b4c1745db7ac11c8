"""Wiring for the saltern worker."""

from __future__ import annotations

from collections.abc import Mapping

import kvbox
import stowage

from .room import SalternRoom
from .settings import SalternSettings
from .sluices import open_sluice_controller
from .works import SalternWorks


async def build_saltern_room(env: Mapping[str, str]) -> SalternRoom:
    settings = SalternSettings.from_env(env)
    works = SalternWorks(await stowage.connect_async(settings.dsn))
    return SalternRoom(settings, open_sluice_controller(settings), works, kvbox.AsyncCache(settings.cache_url))
