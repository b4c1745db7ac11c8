"""The specimen ledger: the catalogue database and the studio's cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Specimen:
    catalog_no: str
    taxon: str


class SpecimenLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, wing: str) -> None:
        self.db = db
        self.cache = cache
        self.wing = wing

    def hide_still_curing(self, bench_name: str) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM hides WHERE bench = %s AND cured_at IS NULL", bench_name) > 0

    def specimens_awaiting_mount(self) -> list[Specimen]:
        rows = self.db.fetch_all("SELECT catalog_no, taxon FROM specimens WHERE stage = 'tanned'")
        return [Specimen(r["catalog_no"], r["taxon"]) for r in rows]

    def lyophilizer_recall_issued(self) -> bool:
        return self.cache.get(f"taxidermy:{self.wing}:lyophilizer-recall") is not None

    def record_mount(self, specimen: Specimen) -> None:
        try:
            self.db.execute("UPDATE specimens SET stage = 'mounted' WHERE catalog_no = %s", specimen.catalog_no)
        except stowage.StowageError:
            log.warning("mount of %s not recorded; the next shift records it", specimen.catalog_no)
