"""Round handlers: callable objects run after every round with its summary."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from .plant import PlantServices
from .tanks import TankReport

log = logging.getLogger(__name__)


@dataclass
class RoundSummary:
    site: str
    reports: list[TankReport] = field(default_factory=list)

    @property
    def fry_counted(self) -> int:
        return sum(report.fry_counted for report in self.reports)

    @property
    def tanks_fed(self) -> list[str]:
        return [report.tank for report in self.reports if report.fed_grams]


class RoundHandler:
    def __init__(self, plant: PlantServices) -> None:
        self.plant = plant

    def __call__(self, summary: RoundSummary) -> None:
        raise NotImplementedError


class TankPulse(RoundHandler):
    """Tells the box the hatchery is alive, through the retrying proxy."""

    def __call__(self, summary: RoundSummary) -> None:
        self.plant.link.steady_box.report_pulse(summary.site, tanks=len(summary.reports))
        log.debug("pulse for %s (fed: %s)", summary.site, ", ".join(summary.tanks_fed) or "none")


class SpawningPrep(RoundHandler):
    def __call__(self, summary: RoundSummary) -> None:
        if not self.plant.ledger.spawning_season_opens():
            return
        log.info("spawning season opens at %s", summary.site)
        self.plant.link.box.prime_incubators(summary.site)


class FryCensusDigest(RoundHandler):
    def __call__(self, summary: RoundSummary) -> None:
        if summary.fry_counted > 0:
            self.plant.link.box.file_census_digest(summary.site, fry=summary.fry_counted)
