"""The tuning warden: the loft controller ticks it every ten minutes."""

from __future__ import annotations

import logging

import kvbox
import stowage

from . import stops  # noqa: F401  (registers the ranks)
from .chest import couple_wind_chest
from .ledger import TuningLedger
from .ranks import Rank
from .settings import LoftSettings
from .wind import WindSupply

log = logging.getLogger(__name__)


class TuningWarden:
    def __init__(self, settings: LoftSettings, ranks: list[Rank], wind: WindSupply, ledger: TuningLedger) -> None:
        self.settings = settings
        self.ranks = ranks
        self.wind = wind
        self.ledger = ledger

    def wind_tick(self) -> None:
        self.regulate_wind()
        for rank in self.ranks:
            rank.tune()
        self.ledger.record_round(len(self.ranks))
        log.debug("round done on %s at %d mm", self.settings.loft, self.wind.pressure)

    def regulate_wind(self) -> None:
        if self.ledger.tutti_recital_booked():
            target = self.settings.tutti_wind_mm
        else:
            target = self.settings.nominal_wind_mm
        self.wind.pressure = target


def open_the_loft(loft: str) -> TuningWarden:
    settings = LoftSettings.from_env(loft)
    chest = couple_wind_chest(loft)
    log.info("wind chest %s coupled for %s", chest.chest_serial(), loft)
    ledger = TuningLedger(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), loft)
    ranks = [Rank.for_stop(stop, chest, ledger) for stop in settings.stops]
    log.info("ranks drawn: %s", ", ".join(repr(rank) for rank in ranks))
    return TuningWarden(settings, ranks, WindSupply(chest, settings.nominal_wind_mm), ledger)
