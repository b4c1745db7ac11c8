"""The vault ledger: the database of top-ups, lid events and audits, and the cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LidOpening:
    dewar: str
    opened_at: str


class CryoLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, vault_id: str) -> None:
        self.db = db
        self.cache = cache
        self.vault_id = vault_id

    def nitrogen_topup_pending(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM ln2_topups WHERE state = 'pending'", self.vault_id) > 0

    def unacknowledged_lid_openings(self) -> list[LidOpening]:
        rows = self.db.fetch_all("SELECT dewar, opened_at FROM lid_events WHERE acked_at IS NULL", self.vault_id)
        return [LidOpening(r["dewar"], r["opened_at"]) for r in rows]

    def quarterly_viability_audit_due(self) -> bool:
        return self.cache.get(f"cryo:{self.vault_id}:audit-quarter") is not None

    def current_quarter(self) -> str:
        return self.cache.get(f"cryo:{self.vault_id}:quarter") or "2024-Q1"

    def probe_calibration_stale(self, channel: str) -> bool:
        return self.cache.get(f"cryo:{self.vault_id}:calibrated:{channel}") is None

    def record_audit(self, quarter: str) -> None:
        self.db.execute("INSERT INTO viability_audits (vault, quarter) VALUES (?, ?)", self.vault_id, quarter)
