"""Start-up: settings, the centrifuge box, repositories and services, then the foreman."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .boxes import lease_centrifuge_box
from .foreman import ExtractionHouseForeman
from .repository import DrumRepository, ExtractorState, FrameRepository
from .services import CentrifugeLine, DrumScale, QualityDesk
from .settings import ExtractionSettings

log = logging.getLogger(__name__)


def open_extraction_house(shed: str) -> ExtractionHouseForeman:
    settings = ExtractionSettings.from_env(shed)
    box = lease_centrifuge_box(settings.shed)
    log.info("centrifuge %s leased", box.centrifuge_serial())
    db = stowage.connect(settings.frames_dsn)
    return ExtractionHouseForeman(
        settings=settings,
        box=box,
        state=ExtractorState(db),
        line=CentrifugeLine(box, FrameRepository(db, settings.page_size), settings),
        scale=DrumScale(box, DrumRepository(db)),
        desk=QualityDesk(kvbox.Cache(settings.cache_url)),
    )
