"""Launch: settings, store, the shared state, and the three jobs."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

from .jobs import LockOperator, PassageClerk, VesselWatch
from .settings import FlightSettings
from .shared import FlightShared
from .store import FlightStore

log = logging.getLogger(__name__)


@dataclass
class Flight:
    watch: VesselWatch
    operator: LockOperator
    clerk: PassageClerk


async def launch_flight(flight: str) -> Flight:
    settings = FlightSettings.read(flight)
    store = FlightStore(await stowage.connect_async(settings.dsn), kvbox.AsyncCache(settings.cache_url), flight)
    shared = FlightShared()
    log.info("flight %s launched with %d locks", flight, settings.locks)
    return Flight(VesselWatch(store, shared), LockOperator(flight, shared), PassageClerk(flight, store))
