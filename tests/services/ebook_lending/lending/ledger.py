"""Loans and holds."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Hold:
    hold_id: str
    patron: str


class LoanLedger:
    def __init__(self, db: stowage.AsyncDatabase, cache: kvbox.AsyncCache) -> None:
        self.db = db
        self.cache = cache

    async def loans_active(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM loans WHERE returned_at IS NULL") > 0

    async def overdue_holds(self) -> list[Hold]:
        rows = await self.db.fetch_all("SELECT id, patron FROM holds WHERE ready AND notified_at IS NULL")
        return [Hold(r["id"], r["patron"]) for r in rows]

    async def renewals_requested(self) -> list[str]:
        return [r["loan_id"] for r in await self.db.fetch_all("SELECT loan_id FROM renewals WHERE NOT done")]

    async def catalog_reindex_due(self) -> bool:
        return await self.cache.get("library:catalog-imported") is not None
