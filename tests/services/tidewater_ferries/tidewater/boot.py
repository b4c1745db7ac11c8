"""The terminal's start-up: settings, repository, container, context, beat."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .beat import TideBeat
from .boxes import moor_tidewater_box
from .harbour import HarbourContext, bind_harbour
from .readings import SlipwayLimits
from .repository import TidewaterRepository
from .schedule import BEAT
from .settings import TidewaterSettings

log = logging.getLogger(__name__)


def start_tidewater(terminal: str) -> TideBeat:
    settings = TidewaterSettings.from_env(terminal)
    repo = TidewaterRepository(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), terminal)
    limits = SlipwayLimits(settings.slipway_min_depth_dm, settings.ramp_trim_depth_dm)
    ctx = HarbourContext(settings, repo, moor_tidewater_box(terminal), limits)
    bind_harbour(ctx)
    log.info("tidewater beat for %s with %d entries", terminal, len(BEAT))
    return TideBeat(ctx, BEAT)
