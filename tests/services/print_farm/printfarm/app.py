from __future__ import annotations

import logging

import kvbox
import stowage

from .cycle import init_farm
from .farm import PrintFarm
from .registry import FarmRegistry
from .settings import FarmSettings
from .slicer import borrow_slicer_box

log = logging.getLogger(__name__)


def boot(bay: str) -> None:
    settings = FarmSettings.for_bay(bay)
    registry = FarmRegistry(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url))
    box = borrow_slicer_box(bay)
    log.info("slicer build %s", box.slicer_build())
    init_farm(PrintFarm(settings, registry, box))
