"""The lorry-load ledger: tickets and holds in the database, calibration in the cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AxleTicket:
    ticket_id: str
    plate: str
    axles: int


class LorryLoadLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, harbour: str) -> None:
        self.db = db
        self.cache = cache
        self.harbour = harbour

    def overweight_lorries_queued(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM lorries WHERE state = 'overweight_hold'") > 0

    def unweighed_axle_tickets(self) -> list[AxleTicket]:
        rows = self.db.fetch_all("SELECT ticket_id, plate FROM axle_tickets WHERE weighed_at IS NULL")
        return [AxleTicket(r["ticket_id"], r["plate"], axles=5) for r in rows]

    def scale_calibration_lapsed(self) -> bool:
        return self.cache.get(f"weighbridge:{self.harbour}:calibration-lapsed") is not None

    def record_shift_tick(self, stations: int) -> None:
        try:
            self.db.execute("UPDATE weighbridge_shift SET ticked_at = now(), stations = $1", stations)
        except stowage.StowageError:
            log.warning("shift tick not recorded; the next tick retries")
