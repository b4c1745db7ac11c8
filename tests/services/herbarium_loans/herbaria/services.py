"""The services the locator builds, and the bus handlers wired at start-up."""

from __future__ import annotations

import logging
from typing import NamedTuple

from .ledger import LoanLedger, OverdueLoan
from .locator import HerbariumBus, HerbariumLocator
from .scanbox import ScanClient, get_scan_client
from .settings import HerbariumConfig

log = logging.getLogger(__name__)


class WarmResult(NamedTuple):
    rebuilt: bool
    path: str


class SweepSummary(NamedTuple):
    overdue: int
    index_rebuilt: bool


class ThumbnailWarmer:
    """Registered as a class: the locator calls it with itself."""

    def __init__(self, locator: HerbariumLocator) -> None:
        self.config: HerbariumConfig = locator.resolve("config")
        self.ledger: LoanLedger = locator.resolve("ledger")
        self.client = get_scan_client("thumbs", self.config.scan_pool)

    def warm_index(self) -> WarmResult:
        path = ScanClient.path_for("index")
        if self.ledger.index_stale(self.config.index_key):
            self.client.session.box.fetch(path, method="POST")
            return WarmResult(True, path)
        return WarmResult(False, path)

    def refresh_transit_scans(self) -> None:
        self.client.session.box.fetch(ScanClient.path_for("transit"), method="POST")


class ScanNotifier:
    def __init__(self, client: ScanClient, institution: str) -> None:
        self.client = client
        self.institution = institution

    def on_loan_overdue(self, loan: OverdueLoan) -> None:
        self.client.session.box.fetch(ScanClient.path_for("recall", loan.specimen), method="POST")

    def on_sweep_finished(self, summary: SweepSummary) -> None:
        log.debug("sweep of %s done: %s", self.institution, summary)
        self.client.session.box.fetch(ScanClient.path_for("heartbeat"), method="PUT", json={"overdue": summary.overdue})


def wire_handlers(bus: HerbariumBus, locator: HerbariumLocator, config: HerbariumConfig) -> None:
    notifier: ScanNotifier = locator.resolve("notifier")
    ledger: LoanLedger = locator.resolve("ledger")
    bus.subscribe("loan.overdue", notifier.on_loan_overdue)
    bus.subscribe("sweep.finished", notifier.on_sweep_finished)
    archive = get_scan_client("archive", config.scan_pool)

    def on_audit_due(institution: str) -> None:
        archive.session.box.set_env_var("HERBARIUM_AUDIT", institution)

    def on_overdue_noted(loan: OverdueLoan) -> None:
        ledger.note_reminder(loan.loan_id)

    bus.subscribe("audit.due", on_audit_due)
    bus.subscribe("loan.overdue", on_overdue_noted)
