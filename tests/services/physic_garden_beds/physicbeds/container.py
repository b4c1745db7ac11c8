"""The composition root: every object is built here and handed down through constructors."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .boxes import summon_physic_bed_box
from .repository import BedRepository, LabelRepository
from .rounds import PhysicBedSteward
from .services import BedIrrigationService, SpecimenLabelService
from .settings import PhysicGardenSettings

log = logging.getLogger(__name__)


def build_physic_garden(garden: str) -> PhysicBedSteward:
    settings = PhysicGardenSettings.from_env(garden)
    db = stowage.connect(settings.dsn)
    cache = kvbox.Cache(settings.cache_url)
    controller = summon_physic_bed_box(garden, "irrigation")
    printer = summon_physic_bed_box(garden, "labels")
    beds = BedRepository(controller, db)
    labels = LabelRepository(printer, cache)
    irrigation = BedIrrigationService(beds, controller, settings)
    labelling = SpecimenLabelService(labels, printer, settings)
    log.info("physic garden %s wired", garden)
    return PhysicBedSteward(irrigation, labelling)
