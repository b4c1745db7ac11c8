"""The still room's start-up: settings, the ledger, one alembic box per still, the foreman."""

from __future__ import annotations

import logging

import kvbox
import sensorlink
import stowage

from .alembic import StillPort, kindle_alembic_box
from .foreman import StillRoomForeman
from .ledger import DistillateLedger
from .settings import StillRoomSettings

log = logging.getLogger(__name__)


async def open_still_room(house: str) -> StillRoomForeman:
    settings = StillRoomSettings.from_env(house)
    db = await stowage.connect_async(settings.dsn)
    ledger = DistillateLedger(db, kvbox.AsyncCache(settings.cache_url), settings.house)
    ports = {name: StillPort(name, kind, kindle_alembic_box(name)) for name, kind in settings.stills.items()}
    for port in ports.values():
        await port.heartbeat()
    foreman = StillRoomForeman(settings, ledger, ports, kindle_alembic_box("still-room"),
                               sensorlink.SensorHub(settings.sensor_url))
    log.info("still room %s open with %d stills", house, len(ports))
    return foreman
