"""Wiring for the hut worker."""

from __future__ import annotations

from collections.abc import Mapping

import kvbox
import stowage

from .register import HutRegister
from .room import AlpineHutRoom
from .settings import HutSettings


async def create_hut_room(env: Mapping[str, str]) -> AlpineHutRoom:
    settings = HutSettings.from_env(env)
    register = HutRegister(await stowage.connect_async(settings.dsn))
    return AlpineHutRoom(settings, register, kvbox.AsyncCache(settings.cache_url))
