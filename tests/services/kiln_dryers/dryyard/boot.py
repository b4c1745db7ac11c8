"""The yard's start-up: settings, the charge store, the controller, the beat."""

from __future__ import annotations

import logging

import kvbox

from . import tasks  # noqa: F401  (registers the yard's tasks)
from .beat import BeatEntry, DryKilnBeat
from .console import couple_kiln_controller_box
from .context import YardContext
from .registry import yard_registry
from .repository import open_charge_repository
from .schedule import DRY_KILN_BEAT_SCHEDULE
from .settings import DryYardSettings

log = logging.getLogger(__name__)


def start_dry_yard(yard: str) -> DryKilnBeat:
    settings = DryYardSettings.from_env(yard)
    ctx = YardContext(settings, open_charge_repository(settings), couple_kiln_controller_box(yard))
    entries = [BeatEntry.parse(name, config) for name, config in DRY_KILN_BEAT_SCHEDULE.items()]
    log.info("beat for %s with %d entries", yard, len(entries))
    return DryKilnBeat(ctx, yard_registry, entries, kvbox.Cache(settings.cache_url))
