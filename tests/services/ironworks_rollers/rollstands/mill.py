"""The mill's start-up: settings, repository, floor, watch."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .floor import MillFloor
from .repository import RollerRepository
from .settings import MillSettings
from .watch import RollerStandWatch

log = logging.getLogger(__name__)


def start_roller_watch(line_name: str) -> RollerStandWatch:
    settings = MillSettings.from_env(line_name)
    repo = RollerRepository(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), line_name)
    floor = MillFloor(settings, repo)
    log.info("roller stand watch for %s", line_name)
    return RollerStandWatch(floor)
