"""Batches and lye stock, as the factory database and cache know them."""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


class SoapworksError(Exception):
    """Something the kettle room decided not to do."""


@dataclass(frozen=True)
class KettleBatch:
    batch_id: str
    kettle: str
    free_alkali_ppm: int
    minutes_cooked: int


class BatchRepository:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, site: str) -> None:
        self.db = db
        self.cache = cache
        self.site = site
        self._cursor: deque[KettleBatch] | None = None

    def queued_kettle_batches(self) -> list[KettleBatch]:
        rows = self.db.fetch_all(
            "SELECT batch_id, kettle, free_alkali_ppm, minutes_cooked FROM batches WHERE state = 'cooking'"
        )
        return [
            KettleBatch(r["batch_id"], r["kettle"], int(r["free_alkali_ppm"]), int(r["minutes_cooked"]))
            for r in rows
        ]

    def next_batch(self) -> KettleBatch | None:
        """Hands out the cooking batches one by one; the query runs again once they are all handed out."""
        if self._cursor is None:
            self._cursor = deque(self.queued_kettle_batches())
        if not self._cursor:
            self._cursor = None
            return None
        return self._cursor.popleft()

    def record_poured(self, batch: KettleBatch) -> None:
        try:
            self.db.execute("UPDATE batches SET state = 'poured' WHERE batch_id = %s", batch.batch_id)
        except stowage.StowageError:
            log.warning("pour of %s not recorded; the next round sees it again", batch.batch_id)

    def curing_room_audit_due(self) -> bool:
        return self.cache.get(f"soapworks:{self.site}:curing-audit") is not None


class LyeStockRepository:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache) -> None:
        self.db = db
        self.cache = cache

    def lye_charge_in_progress(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM lye_charges WHERE finished_at IS NULL") > 0

    def titration_stale(self, kettle_room: str) -> bool:
        return self.cache.get(f"soapworks:titration:{kettle_room}") is None
