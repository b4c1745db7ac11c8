"""The bathhouse ledger (a database) and the maintenance calendar (a cache)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SteamOrder:
    order_id: str
    room: str
    minutes: int = 20


@dataclass(frozen=True)
class BoilerReading:
    boiler: str
    bar: str


class BathhouseLedger:
    def __init__(self, db: stowage.Database) -> None:
        self.db = db

    def queued_steam_orders(self) -> list[stowage.Row]:
        return self.db.fetch_all("SELECT order_id, room FROM steam_orders WHERE served_at IS NULL ORDER BY placed_at")

    def steam_orders(self) -> Iterator[SteamOrder]:
        """Work items for the round; yields nothing when no bather is waiting."""
        for row in self.queued_steam_orders():
            log.debug("steam order %s for %s", row["order_id"], row["room"])
            yield SteamOrder(row["order_id"], row["room"])

    def boiler_readings(self) -> Iterator[BoilerReading]:
        for row in self.db.fetch_all("SELECT boiler, bar FROM boiler_readings WHERE logged_at IS NULL"):
            yield BoilerReading(row["boiler"], row["bar"])

    def boilers_are_firing(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM boilers WHERE burner = 'on'") > 0

    def mark_served(self, order: SteamOrder) -> None:
        self.db.execute("UPDATE steam_orders SET served_at = now() WHERE order_id = %s", order.order_id)


class DescaleCalendar:
    def __init__(self, cache: kvbox.Cache, site: str) -> None:
        self.cache = cache
        self.site = site

    def descaling_night_arrived(self) -> bool:
        return self.cache.get(f"bathhouse:{self.site}:descale-night") is not None
