"""Start-up: settings, database, box, handlers, room."""

from __future__ import annotations

import logging
from collections.abc import Mapping

import kvbox
import stowage

from .boxes import reserve_picker_box
from .floor import FloorContext, PickFloor
from .handlers import PhaseHandlers
from .settings import FloorSettings
from .store import WaveStore

log = logging.getLogger(__name__)


async def open_floor(env: Mapping[str, str], floor: str) -> PickFloor:
    settings = FloorSettings.from_env(env)
    store = WaveStore(await stowage.connect_async(settings.dsn))
    box = reserve_picker_box(settings, floor)
    log.info("floor %s served by %s", floor, box.zone_code())
    ctx = FloorContext(settings, floor, box, kvbox.AsyncCache(settings.cache_url))
    return PickFloor(ctx, PhaseHandlers(box, store, floor))
