"""The room's start-up: hang the wall, summon the bench, build the keeper."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .bench import summon_rate_bench
from .clocks import ROSTER, build_clock, hang_clock
from .keeper import ClockRoomKeeper
from .ledger import ClockLedger
from .service import RegulatorService
from .settings import ClockRoomSettings

log = logging.getLogger(__name__)


def open_clock_room(room: str) -> ClockRoomKeeper:
    settings = ClockRoomSettings.from_env(room)
    ledger = ClockLedger(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), settings.room)
    wall = [hang_clock(build_clock(spec)) for spec in ROSTER]
    service = RegulatorService(settings, ledger, summon_rate_bench(settings.room), wall)
    log.info("clock room %s open with %d clocks", room, len(wall))
    return ClockRoomKeeper(service)
