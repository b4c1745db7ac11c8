"""The cream ledger: ripening vats, waiting batches, the sump alarm and the run tally."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .records import CreamBatch, RunTally
from .settings import ChurnLineSettings

log = logging.getLogger(__name__)


class CreamLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, settings: ChurnLineSettings) -> None:
        self.db = db
        self.cache = cache
        self.settings = settings

    def cream_ripening_vats_occupied(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM ripening_vats WHERE filled = true") > 0

    def cream_batches_awaiting_churn(self) -> list[CreamBatch]:
        rows = self.db.fetch_all("SELECT batch_id, vat, fat_pct, litres FROM cream_batches WHERE churned_at IS NULL")
        return [CreamBatch(r["batch_id"], r["vat"], int(r["fat_pct"]), int(r["litres"])) for r in rows]

    def buttermilk_overflow_alarm(self) -> bool:
        return self.cache.get(f"churnhall:{self.settings.line}:sump-overflow") is not None

    def record_tally(self, tally: RunTally) -> None:
        self.db.execute("UPDATE churn_lines SET ticks = %s, batches = %s, litres = %s",
                        tally.ticks, tally.batches, tally.litres)
