"""Repositories over the forge database and cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import kvbox
import stowage

log = logging.getLogger(__name__)


class ForgeError(Exception):
    """Something the forge decided not to do."""


@dataclass(frozen=True)
class QuenchReading:
    tank_id: str
    celsius: float


class AnvilBooking:
    __slots__ = ("anvil_id", "smith")

    def __init__(self, anvil_id: str, smith: str) -> None:
        self.anvil_id = anvil_id
        self.smith = smith

    def as_payload(self) -> dict[str, Any]:
        return {"anvil": self.anvil_id, "smith": self.smith}


class CoalStockRepository:
    def __init__(self, db: stowage.Database) -> None:
        self.db = db

    def coal_on_hand(self) -> int:
        return self.db.fetch_value("SELECT sum(tons) FROM coal_bunkers")

    def hearth_fires_lit(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM hearths WHERE lit = true") > 0


class QuenchTankRepository:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache) -> None:
        self.db = db
        self.cache = cache

    def quench_tanks_over_temperature(self) -> list[QuenchReading]:
        rows = self.db.fetch_all("SELECT tank_id, celsius FROM quench_tanks WHERE celsius > limit_c")
        return [QuenchReading(r["tank_id"], 0.0) for r in rows]

    def brine_changeover_due(self) -> bool:
        return self.cache.get("forge:brine-changeover") is not None

    def record_circulation(self, tank_id: str) -> None:
        self.cache.set(f"forge:circulated:{tank_id}", "1", ttl=600)


class AnvilCalendarRepository:
    def __init__(self, db: stowage.Database) -> None:
        self.db = db

    def anvil_bookings_today(self) -> list[AnvilBooking]:
        rows = self.db.fetch_all("SELECT anvil_id, smith FROM anvil_bookings WHERE day = current_date")
        return [AnvilBooking(r["anvil_id"], r["smith"]) for r in rows]
