"""Start-up: provision the box, connect the store, build the scheduler."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .boxes import init_lehr
from .scheduler import LehrScheduler
from .settings import LehrSettings
from .store import LehrStore

log = logging.getLogger(__name__)


def start_lehr(line: str) -> LehrScheduler:
    settings = LehrSettings.from_env(line)
    init_lehr(line)
    store = LehrStore(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), line)
    log.info("lehr scheduler for %s", line)
    return LehrScheduler(settings, store)
