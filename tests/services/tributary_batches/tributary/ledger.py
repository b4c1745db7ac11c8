"""The batch ledger: backlog, pending batches and partitions, in the database."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Partition:
    name: str
    late_rows: bool


class BatchLedger:
    def __init__(self, db: stowage.Database) -> None:
        self.db = db

    def tributary_backlog_open(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM batches WHERE state = 'open'") > 0

    def pending_batch_count(self) -> int:
        return self.db.fetch_value("SELECT count(*) FROM batches WHERE state = 'pending'")

    def unsealed_partitions(self) -> list[Partition]:
        rows = self.db.fetch_all("SELECT name, late FROM partitions WHERE sealed_at IS NULL")
        return [Partition(r["name"], r["late"] == "yes") for r in rows]


def schema_drift_flagged(cache: kvbox.Cache) -> bool:
    return cache.get("tributary:schema:drift") is not None
