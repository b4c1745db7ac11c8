"""Wiring for the lock worker."""

from __future__ import annotations

from collections.abc import Mapping

import kvbox
import stowage

from .controller import open_lock_controller
from .records import LockRecords
from .room import CanalLockRoom
from .settings import LockSettings


async def build_lock_room(env: Mapping[str, str]) -> CanalLockRoom:
    settings = LockSettings.from_env(env)
    records = LockRecords(await stowage.connect_async(settings.dsn))
    return CanalLockRoom(open_lock_controller(settings), records, kvbox.AsyncCache(settings.cache_url))
