"""The ledger database."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import stowage

log = logging.getLogger(__name__)


@dataclass
class Reconciliation:
    batch_id: str
    account: str


class LedgerStore:
    def __init__(self, db: stowage.AsyncDatabase) -> None:
        self._db = db

    async def has_unsettled_batches(self) -> bool:
        count = await self._db.fetch_value("SELECT count(*) FROM batches WHERE settled_at IS NULL")
        return count > 0

    async def pending_reconciliations(self) -> list[Reconciliation]:
        rows = await self._db.fetch_all("SELECT batch_id, account FROM reconciliations WHERE done = false")
        return [Reconciliation(r["batch_id"], r["account"]) for r in rows]

    async def mark_reconciled(self, batch_id: str) -> None:
        try:
            await self._db.execute("UPDATE reconciliations SET done = true WHERE batch_id = $1", batch_id)
        except stowage.StowageError:
            log.warning("could not mark %s reconciled", batch_id)

    async def unsettled_totals(self) -> list[stowage.Row]:
        return await self._db.fetch_all("SELECT account, sum(amount) FROM batches GROUP BY account")
