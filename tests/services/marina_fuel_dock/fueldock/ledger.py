"""The dock ledger: slip stays and fuel sales in the database, price notices in the cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SlipStay:
    stay_id: str
    slip_id: str
    vessel: str
    nights: int = 1


class DockLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, berth: str) -> None:
        self.db = db
        self.cache = cache
        self.berth = berth

    def pump_nozzle_in_use(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM nozzles WHERE lifted_at IS NOT NULL") > 0

    def unbilled_slip_stays(self) -> list[SlipStay]:
        rows = self.db.fetch_all("SELECT stay_id, slip_id, vessel FROM slip_stays WHERE billed_at IS NULL")
        return [SlipStay(r["stay_id"], r["slip_id"], r["vessel"]) for r in rows]

    def fuel_price_board_change(self) -> bool:
        return self.cache.get(f"fueldock:{self.berth}:new-prices") is not None

    def posted_price_cents(self) -> int:
        return self.db.fetch_value("SELECT cents FROM fuel_prices ORDER BY posted_at DESC LIMIT 1")

    def record_meter_sweep(self, pumps: int) -> None:
        self.db.execute("INSERT INTO meter_sweeps (pumps, swept_at) VALUES ($1, now())", pumps)

    def mark_billed(self, stay_id: str) -> None:
        self.db.execute("UPDATE slip_stays SET billed_at = now() WHERE stay_id = $1", stay_id)
