"""Start-up: the probe gateway, the store, the monitor."""

from __future__ import annotations

import logging

import kvbox
import stowage
import wirecall

from .monitor import SnowpackMonitor
from .probes import init_probes
from .settings import SnowpackSettings
from .store import SnowpackStore

log = logging.getLogger(__name__)


async def create_monitor(station: str) -> SnowpackMonitor:
    settings = SnowpackSettings.from_env(station)
    init_probes(station)
    db = await stowage.connect_async(settings.dsn)
    store = SnowpackStore(db, kvbox.AsyncCache(settings.cache_url), wirecall.AsyncClient(settings.bulletin_url), station)
    log.info("snowpack monitor for %s", station)
    return SnowpackMonitor(settings, store)
