from __future__ import annotations

import logging

import kvbox
import stowage

log = logging.getLogger(__name__)


class BillingLedger:
    def __init__(self, db: stowage.Database) -> None:
        self.db = db

    def open_billing_runs_exist(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM billing_runs WHERE closed_at IS NULL") > 0

    def overdue_invoices(self) -> list[str]:
        return [r["id"] for r in self.db.fetch_all("SELECT id FROM invoices WHERE due_at < now() AND NOT paid")]

    def current_rates(self) -> list[stowage.Row]:
        return self.db.fetch_all("SELECT * FROM rates WHERE valid_to IS NULL")


def tax_tables_outdated(cache: kvbox.Cache) -> bool:
    return cache.get("billing:tax-release") is not None
