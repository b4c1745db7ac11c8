from __future__ import annotations

import logging

import kvbox
import stowage

from .gateway import dial_meter_gateway
from .poller import MeterFleetPoller
from .repository import MeterRepository
from .settings import FleetSettings

log = logging.getLogger(__name__)


async def create_poller(city: str) -> MeterFleetPoller:
    settings = FleetSettings.for_city(city)
    repo = MeterRepository(await stowage.connect_async(settings.dsn), kvbox.AsyncCache(settings.cache_url))
    gateway = dial_meter_gateway(city)
    log.info("gateway zone %s", gateway.gateway_zone())
    return MeterFleetPoller(settings, repo, gateway)
