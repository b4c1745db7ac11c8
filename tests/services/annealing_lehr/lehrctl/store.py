"""The lehr's queue, cullet stock and calibration schedule."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CulletBatch:
    batch_id: str
    colour: str


class LehrStore:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, line: str) -> None:
        self.db = db
        self.cache = cache
        self.line = line

    def lehr_has_queued_loads(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM loads WHERE state = 'queued'") > 0

    def pending_cullet_batches(self) -> list[CulletBatch]:
        rows = self.db.fetch_all("SELECT id, colour FROM cullet WHERE NOT charged")
        return [CulletBatch(r["id"], r["colour"]) for r in rows]

    def pyrometer_recalibration_due(self) -> bool:
        return self.cache.get(f"lehr:{self.line}:recalibrate") is not None

    def cooling_requested(self) -> bool:
        return self.cache.get(f"lehr:{self.line}:cooling") is not None

    def mark_swept(self) -> None:
        self.db.execute("UPDATE lehr_state SET swept_at = now()")
