"""Start-up: validated settings (or the factory calibration), the box, the ledger, the bench."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .bench import OrreryBench
from .boxes import commission_orrery_box
from .errors import InvalidWorkshopSettings
from .ledger import CommissionLedger
from .settings import WorkshopSettings

log = logging.getLogger(__name__)


def open_workshop(bench: str) -> OrreryBench:
    try:
        settings = WorkshopSettings.from_env(bench)
    except InvalidWorkshopSettings as exc:
        log.warning("workshop settings rejected (%s); using the factory calibration", exc)
        settings = WorkshopSettings.factory_calibration(bench)
    box = commission_orrery_box(settings.bench)
    ledger = CommissionLedger(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url))
    log.info("bench %s open", settings.bench)
    return OrreryBench(settings, ledger, box)
