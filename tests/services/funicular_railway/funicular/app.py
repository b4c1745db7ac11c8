"""The line's start-up: settings, the repository, the winding-house box, both jobs."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

from .boxes import rig_winding_house_box
from .dispatcher import CarDispatcher
from .repository import HaulRepository
from .settings import load_funicular_settings
from .trackwatch import TrackWatch

log = logging.getLogger(__name__)


@dataclass
class FunicularLine:
    dispatcher: CarDispatcher
    track_watch: TrackWatch


def open_line(line: str) -> FunicularLine:
    settings = load_funicular_settings(line)
    repo = HaulRepository(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), settings.line)
    box = rig_winding_house_box(settings.line)
    log.info("line %s open", line)
    return FunicularLine(CarDispatcher(settings, repo, box), TrackWatch(settings, box))
