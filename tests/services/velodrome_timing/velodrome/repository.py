"""The lap repository: the timing database and the record cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LapSplit:
    rider: str
    lap_ms: int


@dataclass(frozen=True)
class RecordClaim:
    rider: str
    event: str


class LapRepository:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, venue: str) -> None:
        self.db = db
        self.cache = cache
        self.venue = venue

    def unposted_lap_splits(self) -> list[LapSplit]:
        rows = self.db.fetch_all("SELECT rider, lap_ms FROM lap_splits WHERE posted_at IS NULL ORDER BY taken_at")
        return [LapSplit(r["rider"], int(r.get("lap_ms", 0))) for r in rows]

    def heat_on_the_boards(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM heats WHERE state = 'running'") > 0

    def sections_with_riders(self) -> list[str]:
        return [r["section"] for r in self.db.fetch_all("SELECT DISTINCT section FROM rider_positions")]

    def track_record_claimed(self) -> bool:
        return self.cache.get(f"velodrome:{self.venue}:record-claim") is not None

    def record_claim(self) -> RecordClaim | None:
        row = self.db.fetch_one("SELECT rider, event FROM record_claims WHERE certified_at IS NULL")
        if row is None:
            return None
        return RecordClaim(row["rider"], row["event"])

    def standings(self, limit: int) -> list[str]:
        return [r["rider"] for r in self.db.fetch_all("SELECT rider FROM standings ORDER BY best_ms LIMIT %s", limit)]
