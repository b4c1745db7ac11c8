"""The scheduler's job: service the bay's printers every two minutes."""

from __future__ import annotations

import logging

from .farm import PrintFarm
from .jobs import archive_finished, expedite_urgent, queue_stats, retry_failures

log = logging.getLogger(__name__)

FARM: PrintFarm | None = None


def init_farm(farm: PrintFarm) -> None:
    global FARM
    FARM = farm


def current_farm() -> PrintFarm:
    if FARM is None:
        raise LookupError("init_farm() has not run")
    return FARM


def service_printers() -> None:
    farm = current_farm()
    printers = farm.registry.printers()
    queue_stats(farm, printers)
    retry_failures(farm)
    expedite_urgent(farm, printers)
    archive_finished(farm, printers)
    farm.warm_nozzles()
    farm.cool_down()
    farm.resume_paused()
    farm.flash_firmware()
    log.debug("serviced %d printers", len(printers))
