"""The roundsman: every ten minutes, service each tank, then run the round handlers."""

from __future__ import annotations

import logging
from collections.abc import Callable

import kvbox
import stowage

from .boxes import TankBoxUnsteady
from .handlers import FryCensusDigest, RoundSummary, SpawningPrep, TankPulse
from .kinds import TANK_KINDS
from .ledger import RearingLedger
from .plant import PlantServices, TankLink
from .settings import HatcherySettings
from .tanks import TankController

log = logging.getLogger(__name__)


class HatcheryRoundsman:
    def __init__(self, plant: PlantServices, tanks: list[TankController],
                 handlers: list[Callable[[RoundSummary], None]]) -> None:
        self.plant = plant
        self.tanks = tanks
        self.handlers = handlers

    def tick(self) -> None:
        summary = RoundSummary(self.plant.settings.site)
        for tank in self.tanks:
            summary.reports.append(tank.service())
        for handler in self.handlers:
            try:
                handler(summary)
            except TankBoxUnsteady as exc:
                log.warning("%s gave up on %s", type(handler).__name__, exc)


def start_hatchery(site: str) -> HatcheryRoundsman:
    settings = HatcherySettings.from_env(site)
    ledger = RearingLedger(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url))
    plant = PlantServices(settings, TankLink(site, settings.box_attempts), ledger)
    tanks = [TANK_KINDS[spec.kind].from_settings(spec, plant) for spec in settings.tanks]
    handlers: list[Callable[[RoundSummary], None]] = [TankPulse(plant), SpawningPrep(plant), FryCensusDigest(plant)]
    return HatcheryRoundsman(plant, tanks, handlers)
