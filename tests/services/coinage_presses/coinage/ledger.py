"""What the mint's database and cache say about strike orders and the hall."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StrikeOrder:
    order_id: str
    die: str
    pieces: int


class MintLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, site: str) -> None:
        self.db = db
        self.cache = cache
        self.site = site

    def pending_strike_orders(self) -> list[StrikeOrder]:
        rows = self.db.fetch_all("SELECT id, die FROM strike_orders WHERE state = 'queued'")
        return [StrikeOrder(r["id"], r["die"], 1000) for r in rows]

    def press_hall_running(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM presses WHERE running") > 0

    def die_inspection_due(self) -> bool:
        return self.cache.get(f"mint:{self.site}:die-inspection") is not None

    def die_pattern(self, die: str) -> str:
        row = self.db.fetch_one("SELECT pattern FROM dies WHERE id = $1", die)
        return row["pattern"] if row is not None else "plain"

    def record_intake(self, taken: int) -> None:
        self.db.execute("INSERT INTO intake_audit (taken) VALUES ($1)", taken)
