"""The stock book (the shop's database) and the provenance schedule."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass
class RepricedFolio:
    shelfmark: str
    price_pence: int


class FolioStockBook:
    def __init__(self, db: stowage.Database, batch_limit: int) -> None:
        self.db = db
        self.batch_limit = batch_limit

    def folio_reprices_unsynced(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM reprices WHERE synced = false") > 0

    def repriced_folios(self) -> list[RepricedFolio]:
        rows = self.db.fetch_all("SELECT shelfmark, price FROM reprices WHERE synced = false LIMIT %s",
                                 self.batch_limit)
        return [RepricedFolio(row["shelfmark"], len(row["price"])) for row in rows]

    def consignments_awaiting_collation(self) -> list[str]:
        rows = self.db.fetch_all("SELECT lot FROM consignments WHERE collated_at IS NULL")
        return [row["lot"] for row in rows]

    def mark_collated(self, lot: str) -> None:
        self.db.execute("UPDATE consignments SET collated_at = now() WHERE lot = %s", lot)

    def withdrawn_shelfmarks(self) -> list[str]:
        return [row["shelfmark"] for row in self.db.fetch_all("SELECT shelfmark FROM withdrawn")]


def provenance_register_reissue_due(cache: kvbox.Cache) -> bool:
    return cache.get("folios:provenance-reissue") is not None
