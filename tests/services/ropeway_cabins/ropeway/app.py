"""The ropeway's start-up: settings, clients, and the dispatcher."""

from __future__ import annotations

import logging

import kvbox
import sensorlink
import stowage

from .dispatch import CabinLineDispatcher
from .repository import CabinLedger
from .rope import HaulRopeKeeper
from .settings import RopewaySettings
from .station import DriveStationLink

log = logging.getLogger(__name__)


async def open_ropeway(line: str) -> CabinLineDispatcher:
    settings = RopewaySettings.from_env(line)
    db = await stowage.connect_async(settings.dsn)
    ledger = CabinLedger(db, kvbox.AsyncCache(settings.cache_url), line)
    hub = sensorlink.SensorHub(settings.sensor_bus_url)
    client = DriveStationLink(line)
    keeper = HaulRopeKeeper(client, ledger, hub, settings)
    log.info("ropeway %s open with %d cabins", line, len(settings.cabin_ids))
    return CabinLineDispatcher(client, ledger, hub, keeper, settings)
