"""The rearing ledger: dosing orders, fry counts and feeding marks in the database and cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FryCount:
    batch: str
    fry: int


class RearingLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache) -> None:
        self.db = db
        self.cache = cache

    def oxygen_dosing_active(self, tank: str) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM dosing_orders WHERE tank = %s AND open", tank) > 0

    def fry_counts_pending(self, tank: str) -> list[FryCount]:
        rows = self.db.fetch_all("SELECT batch, fry FROM fry_counts WHERE tank = %s AND posted_at IS NULL", tank)
        return [FryCount(r["batch"], int(r["fry"])) for r in rows]

    def spawning_season_opens(self) -> bool:
        return self.cache.get("hatchery:spawning-season-opens") is not None

    def feed_due(self, tank: str) -> bool:
        return self.cache.get(f"hatchery:fed:{tank}") is None

    def mark_fed(self, tank: str, hours: int = 4) -> None:
        self.cache.set(f"hatchery:fed:{tank}", "1", ttl=hours * 3600)
