"""The mill's ledger: hopper, grist orders, stones, sacks, inspections."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GristOrder:
    order_id: str
    grain: str


class GristLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, mill: str) -> None:
        self.db = db
        self.cache = cache
        self.mill = mill

    def mill_has_grain_in_hopper(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM hopper_loads WHERE NOT milled") > 0

    def waiting_grist_orders(self) -> list[GristOrder]:
        rows = self.db.fetch_all("SELECT id, grain FROM grist_orders WHERE state = 'waiting' ORDER BY at")
        return [GristOrder(r["id"], r["grain"]) for r in rows]

    def stones_need_dressing(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM stone_wear WHERE furrow_depth < 2") > 0

    def flour_sacks_waiting(self) -> int:
        return self.db.fetch_value("SELECT count(*) FROM sacks WHERE NOT tallied")

    def weights_inspector_due(self) -> bool:
        return self.cache.get(f"grist:{self.mill}:inspector") is not None

    def record_state(self, state: str) -> bool:
        try:
            self.db.execute("INSERT INTO mill_states (mill, state) VALUES ($1, $2)", self.mill, state)
        except stowage.StowageError as exc:
            log.warning("state %s not recorded: %s", state, exc)
            return False
        return True
