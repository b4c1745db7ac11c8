"""Start-up: settings, ledger, rig, emitter, crew; listeners registered once here."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .beat import ClocktowerWindingBeat
from .boxes import summon_winding_box
from .crews import WindingCrew, register_winding_listeners
from .events import ChimeEmitter
from .repository import TowerLedger
from .settings import WinderSettings

log = logging.getLogger(__name__)


def create_winding_service(city: str) -> ClocktowerWindingBeat:
    settings = WinderSettings.from_env(city)
    ledger = TowerLedger(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), city)
    emitter = ChimeEmitter()
    crew = WindingCrew(summon_winding_box(settings.rig_region), ledger)
    register_winding_listeners(emitter, crew)
    log.info("winding service for %s", city)
    return ClocktowerWindingBeat(settings, ledger, emitter)
