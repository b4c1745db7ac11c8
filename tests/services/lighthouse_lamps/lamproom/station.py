"""The station's start-up: settings, the ledger, one keeper per lamp."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

from .keepers import FogSignalKeeper, LampKeeper
from .ledger import LampLedger
from .settings import LampSettings

log = logging.getLogger(__name__)


@dataclass
class Station:
    settings: LampSettings
    main_keeper: LampKeeper
    fog_keeper: FogSignalKeeper


def open_station(name: str) -> Station:
    settings = LampSettings.from_env(name)
    ledger = LampLedger(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), settings.station)
    main_keeper = LampKeeper.from_settings(settings, ledger)
    fog_keeper = FogSignalKeeper.from_settings(settings, ledger)
    log.info("station %s open", name)
    return Station(settings, main_keeper, fog_keeper)
