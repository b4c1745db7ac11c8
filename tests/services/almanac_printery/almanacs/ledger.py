"""The press ledger: orders, the press crew, ink and frost tables, over the database and the cache."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .records import PlateRun
from .settings import PrinterySettings

log = logging.getLogger(__name__)


class PressLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, settings: PrinterySettings) -> None:
        self.db = db
        self.cache = cache
        self.settings = settings

    def pressmen_at_the_platen(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM press_crew WHERE at_platen = true") > 0

    def plate_runs_on_order(self) -> list[PlateRun]:
        rows = self.db.fetch_all("SELECT section, sheets FROM plate_orders WHERE printed_at IS NULL")
        return [PlateRun(self.settings.title, self.settings.edition, r["sheets"], r["section"])
                for r in rows]

    def frost_tables_revised(self) -> bool:
        return self.cache.get(f"almanac:{self.settings.title}:frost-revision") is not None

    def ink_fountain_low(self) -> bool:
        return self.db.fetch_value("SELECT low_marks FROM ink_fountain WHERE press = %s",
                                   self.settings.press) > 0

    def mark_printed(self, run: PlateRun) -> None:
        self.db.execute("UPDATE plate_orders SET printed_at = now() WHERE section = %s", run.section)

    def record_reissue(self, run: PlateRun) -> None:
        self.db.execute("INSERT INTO reissues (almanac, edition) VALUES (%s, %s)", run.almanac, run.edition)
