"""Tow orders and horses: the depot's database and cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TowOrder:
    order_id: str
    barge: str
    horse: str


class TowOrderRepository:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, canal: str) -> None:
        self.db = db
        self.cache = cache
        self.canal = canal

    def barges_waiting_for_tow(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM tow_orders WHERE state = 'waiting'") > 0

    def unharnessed_tow_orders(self) -> list[TowOrder]:
        rows = self.db.fetch_all("SELECT order_id, barge, horse FROM tow_orders WHERE harnessed_at IS NULL")
        return [TowOrder(r["order_id"], r["barge"], r["horse"]) for r in rows]

    def farrier_inspection_due(self) -> bool:
        return self.cache.get(f"haulage:{self.canal}:farrier-due") is not None

    def mark_harnessed(self, order_id: str) -> None:
        self.db.execute("UPDATE tow_orders SET harnessed_at = now() WHERE order_id = %s", order_id)
