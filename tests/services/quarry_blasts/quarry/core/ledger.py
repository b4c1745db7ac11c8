"""The blast ledger: what the quarry's database and cache say about blasts."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from .models import BlastReport

if TYPE_CHECKING:
    import kvbox
    import stowage

log = logging.getLogger(__name__)


class BlastLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, site: str) -> None:
        self.db = db
        self.cache = cache
        self.site = site

    def blasts_scheduled(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM blasts WHERE fire_at::date = current_date") > 0

    def pending_blast_reports(self) -> list[BlastReport]:
        rows = self.db.fetch_all("SELECT report_id, bench FROM blast_reports WHERE filed_at IS NULL")
        return [BlastReport(r["report_id"], r["bench"], [r["hole"]]) for r in rows]

    def licence_renewal_due(self) -> bool:
        return self.cache.get(f"quarry:{self.site}:licence-renewal") is not None

    def mark_filed(self, report_id: str) -> None:
        self.cache.set(f"quarry:filed:{report_id}", "1", ttl=86400)
