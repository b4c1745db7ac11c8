"""The misting ledger: probe readings and cycles in the database, curator orders in the cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


class MistingFault(Exception):
    """The manifold refused a request."""


@dataclass(frozen=True)
class ProbeReading:
    zone: str
    probe: str
    vpd_hpa: float


class MistLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, house: str) -> None:
        self.db = db
        self.cache = cache
        self.house = house

    def glasshouse_mist_cycle_underway(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM mist_cycles WHERE ended_at IS NULL") > 0

    def dry_probe_readings(self) -> list[ProbeReading]:
        rows = self.db.fetch_all("SELECT zone, probe, vpd_hpa FROM probe_readings WHERE dry AND NOT misted")
        return [ProbeReading(r["zone"], r["probe"], float(r["vpd_hpa"])) for r in rows]

    def fungicide_fog_ordered(self) -> bool:
        return self.cache.get(f"glasshouse:{self.house}:fog-order") is not None

    def clear_fog_order(self) -> None:
        self.cache.delete(f"glasshouse:{self.house}:fog-order")

    def record_flush(self, pulses: dict[str, int]) -> None:
        self.db.execute("INSERT INTO nozzle_log_flushes (house, pulses) VALUES ($1, $2)", self.house, pulses)
