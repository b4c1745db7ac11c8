"""The worker process: builds the app, then the foreman the scheduler ticks."""

from __future__ import annotations

import logging

from .app import create_app
from .foreman import SaponificationForeman

log = logging.getLogger(__name__)


def boot_kettle_worker(site: str) -> SaponificationForeman:
    app = create_app(site)
    log.info("kettle worker up for %s", app.config["site"])
    return SaponificationForeman(app)
