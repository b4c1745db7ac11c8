"""Sailings and bookings."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Sailing:
    sailing_id: str
    vessel: str


class SailingBook:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache) -> None:
        self.db = db
        self.cache = cache

    def sailings_boarding(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM sailings WHERE state = 'boarding'") > 0

    def overbooked_sailings(self) -> list[Sailing]:
        rows = self.db.fetch_all("SELECT id, vessel FROM sailings WHERE booked > capacity")
        return [Sailing(r["id"], r["vessel"]) for r in rows]


def harbour_tariff_updated(cache: kvbox.Cache, port: str) -> bool:
    return cache.get(f"ferry:{port}:tariff-updated") is not None
