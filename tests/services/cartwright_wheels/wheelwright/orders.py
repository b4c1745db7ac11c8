"""The order book: wheel orders in the database, the felloe rack's season in the cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WheelOrder:
    order_id: str
    spokes: int
    diameter_in: int


class WheelOrderBook:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, bay: str) -> None:
        self.db = db
        self.cache = cache
        self.bay = bay

    def wheel_orders_awaiting(self) -> list[WheelOrder]:
        rows = self.db.fetch_all("SELECT order_id FROM wheel_orders WHERE trued_at IS NULL")
        return [WheelOrder(r["order_id"], 12, 48) for r in rows]

    def tyres_heating(self) -> int:
        return self.db.fetch_value("SELECT count(*) FROM tyres WHERE on_fire = true")

    def felloe_rack_turning(self) -> bool:
        return self.cache.get(f"wheelshop:{self.bay}:rack-turn") is not None

    def record_trued(self, order_id: str) -> None:
        try:
            self.db.execute("UPDATE wheel_orders SET trued_at = now() WHERE order_id = %s", order_id)
        except stowage.StowageError:
            log.warning("order %s trued but not recorded", order_id)
