"""The steward's periodic round: every ten minutes."""

from __future__ import annotations

import logging

from .services import BedIrrigationService, SpecimenLabelService

log = logging.getLogger(__name__)


class PhysicBedSteward:
    def __init__(self, irrigation: BedIrrigationService, labelling: SpecimenLabelService) -> None:
        self.irrigation = irrigation
        self.labelling = labelling

    def irrigation_round(self) -> None:
        watered = self.irrigation.water_parched_beds()
        log.info("round: %d beds watered", watered)
        self.labelling.keep_printer_warm()
        self.labelling.reprint_for_census()
