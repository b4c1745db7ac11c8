"""The scheduler's loan sweep: reads its services from the running app."""

from __future__ import annotations

import logging

from .app import current_herbarium
from .ledger import LoanLedger
from .locator import HerbariumBus, HerbariumLocator
from .services import SweepSummary, ThumbnailWarmer

log = logging.getLogger(__name__)


def _extensions() -> tuple[HerbariumLocator, HerbariumBus]:
    extensions = current_herbarium.extensions
    return extensions["locator"], extensions["bus"]


def sweep_loans() -> None:
    locator, bus = _extensions()
    ledger: LoanLedger = locator.resolve("ledger")
    warmer: ThumbnailWarmer = locator.resolve("warmer")
    in_transit, overdue = ledger.plan_sweep()
    if in_transit:
        warmer.refresh_transit_scans()
    for loan in overdue:
        bus.publish("loan.overdue", loan)
    rebuilt, path = warmer.warm_index()
    log.debug("index %s rebuilt: %s", path, rebuilt)
    if ledger.herbarium_audit_due():
        bus.publish("audit.due", ledger.institution)
    bus.publish("sweep.finished", SweepSummary(len(overdue), rebuilt))
