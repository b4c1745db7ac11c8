"""Ice orders."""

from __future__ import annotations

import kvbox
import stowage


class IceOrders:
    def __init__(self, db: stowage.Database) -> None:
        self._db = db

    def ice_orders_open(self) -> bool:
        return self._db.fetch_value("SELECT count(*) FROM orders WHERE delivered = false") > 0

    def blocks_on_order(self) -> list[str]:
        return [r["block"] for r in self._db.fetch_all("SELECT block FROM order_lines WHERE picked = false")]


def ammonia_leak_test_due(cache: kvbox.Cache) -> bool:
    return cache.get("icehouse:ammonia-test") is not None
