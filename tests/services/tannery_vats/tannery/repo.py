"""The vat repository over the tannery database and cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LiquorBatch:
    batch_id: str
    vat_id: str


class VatRepository:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, site: str) -> None:
        self.db = db
        self.cache = cache
        self.site = site

    def vats_in_process(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM vats WHERE hides_loaded > 0") > 0

    def spent_liquor_batches(self) -> list[LiquorBatch]:
        rows = self.db.fetch_all("SELECT batch_id, vat_id FROM liquor WHERE spent AND NOT drained")
        return [LiquorBatch(r["batch_id"], r["vat_id"]) for r in rows]

    def hide_grading_due(self) -> bool:
        return self.cache.get(f"tannery:{self.site}:grading-opens") is not None

    def store_reading(self, kind: str, probe: str, reading: dict[str, object]) -> None:
        self.db.execute("INSERT INTO liquor_readings (kind, probe, reading) VALUES (?, ?, ?)", kind, probe, reading)

    def mark_drained(self, batch_id: str) -> None:
        self.db.execute("UPDATE liquor SET drained = true WHERE batch_id = ?", batch_id)

    def note_heartbeat(self, serial: str) -> None:
        self.cache.set(f"tannery:{self.site}:heartbeat", serial, ttl=900)
