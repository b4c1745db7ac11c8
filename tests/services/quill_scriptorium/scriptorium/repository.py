"""The scriptorium's records: ink batches, folios, vellum stock, the liturgical calendar."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

from .stages import InkStage

log = logging.getLogger(__name__)


class ScriptoriumError(Exception):
    """Something the warden decided not to do."""


@dataclass(frozen=True)
class Folio:
    folio_id: str
    sheets: int = 1
    gold_leaves: int = 2


class InkRepository:
    def __init__(self, db: stowage.Database) -> None:
        self.db = db

    def ink_batches_curing(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM ink_batches WHERE stage = 'curing'") > 0

    def spoiled_batches(self) -> int:
        return self.db.fetch_value("SELECT count(*) FROM ink_batches WHERE stage = 'spoiled'")

    def curing_batch_ids(self) -> list[str]:
        return [r["batch_id"] for r in self.db.fetch_all("SELECT batch_id FROM ink_batches WHERE stage = 'curing'")]

    def current_stage(self) -> InkStage:
        return InkStage.observe(curing=self.ink_batches_curing(), spoiled_batches=self.spoiled_batches())


class FolioRepository:
    def __init__(self, db: stowage.Database) -> None:
        self.db = db

    def folios_awaiting_illumination(self) -> list[Folio]:
        rows = self.db.fetch_all("SELECT folio_id FROM folios WHERE stage = 'copied'")
        return [Folio(r["folio_id"]) for r in rows]


class VellumStock:
    def __init__(self, db: stowage.Database) -> None:
        self.db = db

    def record_taken(self, sheets: int) -> None:
        self.db.execute("UPDATE vellum_stock SET on_shelf = on_shelf - $1", sheets)


class LiturgicalCalendar:
    def __init__(self, cache: kvbox.Cache, abbey: str) -> None:
        self.cache = cache
        self.abbey = abbey

    def feast_day_commission(self) -> bool:
        return self.cache.get(f"scriptorium:{self.abbey}:feast-commission") is not None

    def feast_name(self) -> str:
        return self.cache.get(f"scriptorium:{self.abbey}:feast-name") or "ordinary-time"
