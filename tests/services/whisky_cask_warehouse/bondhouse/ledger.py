"""The bond ledger repository over the warehouse database and the excise cache."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RackRow:
    floor: int
    rack_id: str
    casks: int


@dataclass(frozen=True)
class CaskDue:
    cask_id: str
    spirit: str


class BondLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, warehouse: str) -> None:
        self.db = db
        self.cache = cache
        self.warehouse = warehouse

    def iter_rack_rows(self, floors: int, casks_per_rack: int) -> Iterator[RackRow]:
        """Rack rows floor by floor, ground floor first; each floor is fetched only when reached."""
        for floor in range(floors):
            log.debug("fetching racks on floor %d of %s", floor, self.warehouse)
            for row in self.db.fetch_all("SELECT rack_id FROM racks WHERE warehouse = ? AND floor = ?", self.warehouse, floor):
                yield RackRow(floor=floor, rack_id=row["rack_id"], casks=casks_per_rack)

    def gauged_loss(self, rack_id: str) -> int:
        return self.db.fetch_value("SELECT litres_lost FROM rack_gauges WHERE rack_id = ? AND day = current_date", rack_id)

    def load_slot_map(self) -> dict[str, str]:
        rows = self.db.fetch_all("SELECT cask_id, slot FROM cask_slots WHERE warehouse = ?", self.warehouse)
        return {row["cask_id"]: row["slot"] for row in rows}

    def casks_due_for_rotation(self) -> list[CaskDue]:
        rows = self.db.fetch_all("SELECT cask_id, spirit FROM casks WHERE rotate_on <= current_date")
        return [CaskDue(row["cask_id"], row["spirit"]) for row in rows]

    def bond_has_casks_in_transit(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM cask_movements WHERE arrived_at IS NULL") > 0

    def excise_gauging_requested(self) -> bool:
        return self.cache.get(f"bond:{self.warehouse}:excise-gauging") is not None
