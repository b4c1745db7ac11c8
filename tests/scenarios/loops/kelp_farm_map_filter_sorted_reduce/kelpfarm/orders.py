"""Seeding and harvest orders."""

from __future__ import annotations

from dataclasses import dataclass

import kvbox
import stowage


@dataclass(frozen=True)
class HarvestOrder:
    order_id: str
    line: str
    tonnes: int = 1


class FarmOrders:
    def __init__(self, db: stowage.Database) -> None:
        self._db = db

    def boat_on_site(self) -> bool:
        return self._db.fetch_value("SELECT count(*) FROM boat_positions WHERE inside_lease") > 0

    def lines_to_seed(self) -> list[str]:
        return [r["line"] for r in self._db.fetch_all("SELECT line FROM seeding WHERE done = false")]

    def harvest_orders(self) -> list[HarvestOrder]:
        return [HarvestOrder(r["order_id"], r["line"]) for r in self._db.fetch_all("SELECT order_id, line FROM harvests")]


def sonar_calibration_due(cache: kvbox.Cache) -> bool:
    return cache.get("kelp:sonar-calibration") is not None
