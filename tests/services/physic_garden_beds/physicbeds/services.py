"""The garden's services: bed irrigation and specimen labelling."""

from __future__ import annotations

import logging

from .boxes import PhysicBedBox
from .changes import PhysicFlushError, PrinterKeepAlive, WateringChange
from .repository import BedRepository, LabelRepository
from .settings import PhysicGardenSettings

log = logging.getLogger(__name__)


class BedIrrigationService:
    def __init__(self, beds: BedRepository, controller: PhysicBedBox, settings: PhysicGardenSettings) -> None:
        self.beds = beds
        self.controller = controller
        self.settings = settings
        self._beds_watered_last_round = 0

    def water_parched_beds(self) -> int:
        if self._beds_watered_last_round:
            self.controller.fetch("/drainage/check", method="POST", json={"beds": self._beds_watered_last_round})
        if self.beds.physic_valves_open():
            self.controller.fetch("/valves/pressure", method="GET")
        with self.beds.session("watering") as uow:
            for bed in self.beds.parched_physic_beds():
                uow.add(WateringChange(bed.bed_id, self.settings.litres_per_bed))
        self._beds_watered_last_round = len(uow.changes)
        return self._beds_watered_last_round


class SpecimenLabelService:
    def __init__(self, labels: LabelRepository, printer: PhysicBedBox, settings: PhysicGardenSettings) -> None:
        self.labels = labels
        self.printer = printer
        self.settings = settings

    def keep_printer_warm(self) -> None:
        try:
            with self.labels.session("labels") as uow:
                uow.add(PrinterKeepAlive(self.settings.printer_name))
        except PhysicFlushError:
            log.warning("label printer %s refused its keep-alive", self.settings.printer_name)

    def reprint_for_census(self) -> None:
        if not self.labels.physic_census_due():
            return
        log.info("census: reprinting every specimen label in %s", self.settings.garden)
        self.printer.fetch("/labels/census", method="POST", json={"garden": self.settings.garden})
