"""The assay ledger: the lab's database of samples and the standards cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CoinSample:
    sample_id: str
    batch_id: str
    alloy: str
    priority: str

    @classmethod
    def from_row(cls, row: stowage.Row) -> CoinSample:
        return cls(row["sample_id"], row["batch_id"], row["alloy"], row["priority"])


class AssayLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, mint: str) -> None:
        self.db = db
        self.cache = cache
        self.mint = mint

    def has_pending_samples(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM coin_samples WHERE assayed_at IS NULL") > 0

    def unassayed_coin_samples(self) -> list[CoinSample]:
        rows = self.db.fetch_all("SELECT sample_id, batch_id, alloy, priority FROM coin_samples WHERE assayed_at IS NULL")
        return [CoinSample.from_row(r) for r in rows]

    def trial_of_the_pyx_due(self) -> bool:
        return self.cache.get(f"assay:{self.mint}:pyx-week") is not None

    def reference_standard_drifted(self) -> bool:
        return self.cache.get(f"assay:{self.mint}:standard-drift") is not None

    def record_verdict(self, sample_id: str, verdict: str) -> None:
        self.db.execute("UPDATE coin_samples SET assayed_at = now(), verdict = %s WHERE sample_id = %s", verdict, sample_id)
