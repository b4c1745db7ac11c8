"""The room's ledger: the database of rates and windings, the cache of time signals."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .timing import stopwatch

log = logging.getLogger(__name__)


class ClockLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, room: str) -> None:
        self.db = db
        self.cache = cache
        self.room = room

    @stopwatch
    def regulator_weights_run_down(self, clock_id: str) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM weight_drops WHERE clock_id = %s AND drop_cm < 10",
                                   clock_id) > 0

    @stopwatch
    def slave_lines_out_of_step(self, clock_id: str) -> list[str]:
        rows = self.db.fetch_all("SELECT line FROM slave_dials WHERE master_id = %s AND behind_s > 0", clock_id)
        return [r["line"] for r in rows]

    @stopwatch
    def observatory_signal_arrived(self) -> bool:
        return self.cache.get(f"clockroom:{self.room}:time-signal") is not None

    @stopwatch
    def stamp_round(self) -> None:
        self.db.execute("UPDATE clock_rooms SET last_round_at = now() WHERE room = %s", self.room)
