"""Wiring for the tannery worker."""

from __future__ import annotations

from collections.abc import Mapping

import kvbox
import stowage

from .controller import open_vat_controller
from .room import TanneryRoom
from .settings import TannerySettings
from .vats import VatBook, VatContext


async def create_tannery_room(env: Mapping[str, str]) -> TanneryRoom:
    settings = TannerySettings.from_env(env)
    book = VatBook(await stowage.connect_async(settings.dsn))
    return TanneryRoom(VatContext(open_vat_controller(settings), book), kvbox.AsyncCache(settings.cache_url))
