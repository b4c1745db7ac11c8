"""The studio's start-up: benches built from the settings tuple, one tool each."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .cabinets import summon_preparation_cabinet
from .foreman import StudioForeman
from .ledger import SpecimenLedger
from .settings import StudioSettings
from .workshop import Bench, Studio, Tool

log = logging.getLogger(__name__)


def open_studio(wing: str) -> StudioForeman:
    settings = StudioSettings.from_env(wing)
    ledger = SpecimenLedger(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), wing)
    studio = Studio(wing)
    for spec in settings.benches:
        tool = Tool(spec.tool_kind, summon_preparation_cabinet(spec.tool_kind, wing))
        studio.add_bench(Bench(spec, tool, ledger))
    log.info("studio %s open with %d benches", wing, len(studio.benches))
    return StudioForeman(settings, studio, ledger)
