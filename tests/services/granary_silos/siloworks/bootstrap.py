"""Start-up: settings, the repository, the session with its telemetry box, the watch."""

from __future__ import annotations

import logging

import kvbox
import stowage

from . import listeners  # noqa: F401  (registers the flush listeners)
from .boxes import summon_silo_box
from .models import WatchCursor
from .repository import SiloRepository
from .settings import SiloSettings
from .unitofwork import GrainSession
from .watch import SiloWatch

log = logging.getLogger(__name__)


def start_silo_watch(site: str) -> SiloWatch:
    settings = SiloSettings.from_env(site)
    repo = SiloRepository(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), settings.site)
    session = GrainSession()
    session.info["silo_box"] = summon_silo_box(settings.site)
    session.load(WatchCursor(settings.site))
    log.info("silo watch for %s with %d listeners", site, len(listeners.event._registry))
    return SiloWatch(settings, repo, session)
