"""Start-up of the resurfacing scheduler, and the process's main loop."""

from __future__ import annotations

import logging
import os
import time

import kvbox
import stowage

from .machine import bind_rink
from .repository import RinkRepository
from .scheduler import ResurfaceScheduler
from .settings import RinkSettings

log = logging.getLogger(__name__)


def open_rink(rink: str) -> ResurfaceScheduler:
    settings = RinkSettings.from_env(rink)
    bind_rink(settings.rink, settings.request_timeout)
    repo = RinkRepository(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), settings.rink)
    log.info("resurfacing scheduler for %s ready", rink)
    return ResurfaceScheduler(settings, repo)


def main() -> int:
    logging.basicConfig(level=logging.INFO)
    scheduler = open_rink(os.environ.get("ZAMBONI_RINK", "harbour-arena"))
    interval = int(os.environ.get("ZAMBONI_TICK_SECONDS", "600"))
    while True:
        scheduler.tick()
        time.sleep(interval)


if __name__ == "__main__":
    raise SystemExit(main())
