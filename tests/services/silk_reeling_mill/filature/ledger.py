"""The filature's ledger (a database) and the grading schedule (a cache)."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .basins import CocoonLot

log = logging.getLogger(__name__)


class CocoonLedger:
    def __init__(self, db: stowage.Database) -> None:
        self.db = db

    def cocoon_lots_arrived(self) -> list[CocoonLot]:
        rows = self.db.fetch_all(
            "SELECT lot_id, basin_number, cocoons, weight_grams FROM cocoon_lots WHERE loaded_at IS NULL")
        return [CocoonLot(r["lot_id"], int(r["basin_number"]), int(r["cocoons"]), int(r["weight_grams"]))
                for r in rows]

    def frame_threads_snagged(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM frame_snags WHERE cleared_at IS NULL") > 0

    def record_break(self, basin_number: int, reason: str) -> None:
        self.db.execute("INSERT INTO filament_breaks (basin, reason) VALUES ($1, $2)", basin_number, reason)


def raw_silk_grading_audit(cache: kvbox.Cache) -> bool:
    return cache.get("filature:grading-audit") is not None
