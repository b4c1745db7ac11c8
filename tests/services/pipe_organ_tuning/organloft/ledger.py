"""The tuning ledger: the tuning database and the loft cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DriftedPipe:
    stop: str
    note: str
    cents: float


class TuningLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, loft: str) -> None:
        self.db = db
        self.cache = cache
        self.loft = loft

    def organist_at_console(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM console_sessions WHERE ended_at IS NULL") > 0

    def drifted_pipes(self, stop: str) -> list[DriftedPipe]:
        rows = self.db.fetch_all("SELECT note, cents FROM pipe_readings WHERE stop = %s AND abs(cents) > 3", stop)
        return [DriftedPipe(stop, r["note"], 4.0) for r in rows]

    def tutti_recital_booked(self) -> bool:
        return self.cache.get(f"organ:{self.loft}:tutti-recital") is not None

    def record_round(self, stops: int) -> None:
        try:
            self.db.execute("INSERT INTO tuning_rounds (loft, stops, at) VALUES (%s, %s, now())", self.loft, stops)
        except stowage.StowageError:
            log.warning("tuning round of %s not recorded; the next tick records its own", self.loft)
