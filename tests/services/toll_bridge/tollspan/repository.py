"""What the toll database and cache say about the deck, reads and closures."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TransponderRead:
    read_id: str
    lane: str
    tag: str


class SpanRepository:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, bridge: str) -> None:
        self.db = db
        self.cache = cache
        self.bridge = bridge

    def vehicles_on_deck(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM deck_occupancy WHERE left_at IS NULL") > 0

    def unsettled_transponder_reads(self) -> list[TransponderRead]:
        rows = self.db.fetch_all("SELECT read_id, lane, tag FROM transponder_reads WHERE settled_at IS NULL")
        return [TransponderRead(r["read_id"], r["lane"], r["tag"]) for r in rows]

    def harbour_closure_ordered(self) -> bool:
        return self.cache.get(f"tollspan:{self.bridge}:closure-order") is not None

    def mark_settled(self, read_id: str) -> None:
        self.db.execute("UPDATE transponder_reads SET settled_at = now() WHERE read_id = ?", read_id)
