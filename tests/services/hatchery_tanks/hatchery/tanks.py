"""Tank controllers: the base's template method and the mixins that fill its hooks."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import ClassVar

from .ledger import RearingLedger
from .plant import PlantServices, TankLink
from .settings import TankSettings

log = logging.getLogger(__name__)


@dataclass
class TankReport:
    tank: str
    kind: str
    channel: str
    oxygen_checked: bool = False
    fed_grams: int = 0
    fry_counted: int = 0


class TankController:
    kind: ClassVar[str] = "tank"
    channel: ClassVar[str] = "tanks"

    def __init__(self, name: str, plant: PlantServices) -> None:
        self.name = name
        self.plant = plant
        self.volume_litres = 0

    @classmethod
    def from_settings(cls, settings: TankSettings, plant: PlantServices) -> TankController:
        controller = cls(settings.name, plant)
        controller.configure(settings)
        log.info("tank %s ready", controller.label)
        return controller

    def configure(self, settings: TankSettings) -> None:
        self.volume_litres = settings.volume_litres

    @property
    def link(self) -> TankLink:
        return self.plant.link

    @property
    def ledger(self) -> RearingLedger:
        return self.plant.ledger

    @property
    def label(self) -> str:
        return f"{self.kind}/{self.name}"

    def service(self) -> TankReport:
        report = TankReport(self.name, self.kind, self.channel)
        self.before_service(report)
        self.perform(report)
        self.after_service(report)
        log.info("serviced %s on %s", self.label, report.channel)
        return report

    def before_service(self, report: TankReport) -> None:
        log.debug("servicing %s (%d l)", self.label, self.volume_litres)

    def perform(self, report: TankReport) -> None:
        pass

    def after_service(self, report: TankReport) -> None:
        pass


class DosingMixin:
    """Reads the oxygen probe before service; doses when the ledger has an open order."""

    needs_dosing: ClassVar[bool] = True
    oxygen_target_mg_l: ClassVar[float] = 8.0

    name: str
    link: TankLink
    ledger: RearingLedger

    def before_service(self, report: TankReport) -> None:
        super().before_service(report)  # type: ignore[misc]
        if self.needs_dosing:
            self.link.box.read_oxygen_probe(self.name)
            report.oxygen_checked = True

    def perform(self, report: TankReport) -> None:
        super().perform(report)  # type: ignore[misc]
        if self.needs_dosing and self.ledger.oxygen_dosing_active(self.name):
            self.link.box.dose_oxygen(self.name, target=self.oxygen_target_mg_l)


class FeedingMixin:
    """Tops up the feed hopper when the tank's feeding is due."""

    ration_grams: ClassVar[int] = 250

    name: str
    link: TankLink
    ledger: RearingLedger

    def perform(self, report: TankReport) -> None:
        super().perform(report)  # type: ignore[misc]
        if self.ration_grams and self.ledger.feed_due(self.name):
            self.link.box.dispense_feed(self.name, grams=self.ration_grams)
            self.ledger.mark_fed(self.name)
            report.fed_grams = self.ration_grams


class CountingMixin:
    """Posts the fry counts the ledger holds; snaps a census frame after service."""

    census_by_camera: ClassVar[bool] = True

    name: str
    link: TankLink
    ledger: RearingLedger

    def perform(self, report: TankReport) -> None:
        super().perform(report)  # type: ignore[misc]
        for count in self.ledger.fry_counts_pending(self.name):
            self.link.box.post_fry_count(self.name, count.batch, count.fry)
            report.fry_counted += count.fry

    def after_service(self, report: TankReport) -> None:
        super().after_service(report)  # type: ignore[misc]
        if self.census_by_camera:
            self.link.box.snap_census_frame(self.name)
