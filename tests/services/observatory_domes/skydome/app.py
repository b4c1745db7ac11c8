"""The observatory's start-up: settings, controller, ledger, routines, scheduler."""

from __future__ import annotations

import logging
from functools import partial

import kvbox
import stowage

from . import exposures, shutters, weather  # noqa: F401  (routines register themselves)
from .controller import get_dome_controller, init_dome_controller
from .ledger import ObservingLedger
from .registry import ROUTINES
from .scheduler import DomeNightScheduler, post_heartbeat
from .settings import DomeSettings

log = logging.getLogger(__name__)


def start_observatory(site: str) -> DomeNightScheduler:
    settings = DomeSettings.from_env(site)
    init_dome_controller(settings.site)
    ledger = ObservingLedger(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), settings.site)
    scheduler = DomeNightScheduler(settings, ledger)
    scheduler.add_cycle_hook(partial(post_heartbeat, get_dome_controller(), settings.site))
    log.info("observatory %s up with routines %s", site, ", ".join(sorted(ROUTINES)))
    return scheduler
