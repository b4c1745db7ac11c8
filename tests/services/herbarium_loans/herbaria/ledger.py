"""The loan ledger: what the herbarium database and cache say about loans."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import NamedTuple

import kvbox
import stowage

log = logging.getLogger(__name__)


class HerbariumError(Exception):
    """Something the sweep decided not to do."""


@dataclass(frozen=True)
class OverdueLoan:
    loan_id: str
    specimen: str


class SweepPlan(NamedTuple):
    in_transit: bool
    overdue: list[OverdueLoan]


class LoanLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, institution: str) -> None:
        self.db = db
        self.cache = cache
        self.institution = institution

    def loans_in_transit(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM loans WHERE state = 'in_transit'") > 0

    def overdue_specimen_loans(self) -> list[OverdueLoan]:
        rows = self.db.fetch_all("SELECT loan_id, specimen FROM loans WHERE due < now() AND NOT returned")
        return [OverdueLoan(r["loan_id"], r["specimen"]) for r in rows]

    def herbarium_audit_due(self) -> bool:
        return self.cache.get(f"herbarium:{self.institution}:audit") is not None

    def index_stale(self, key: str) -> bool:
        return self.cache.get(key) is None

    def plan_sweep(self) -> SweepPlan:
        return SweepPlan(self.loans_in_transit(), self.overdue_specimen_loans())

    def note_reminder(self, loan_id: str) -> None:
        self.cache.set(f"herbarium:reminded:{loan_id}", "1", ttl=86400)
