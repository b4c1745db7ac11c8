"""The block ledger: the ice house's database and its survey calendar in the cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HarvestOrder:
    order_id: str
    block_key: str
    buyer: str


class BlockLedger:
    def __init__(self, db: stowage.Database, region: str) -> None:
        self.db = db
        self.region = region

    def stacked_blocks(self, bay: str) -> list[stowage.Row]:
        return self.db.fetch_all("SELECT block_id, cut_on FROM blocks WHERE bay = %s AND shipped_at IS NULL", bay)

    def is_melting(self, block_id: str) -> bool:
        return self.db.fetch_value("SELECT meltwater_ml FROM block_probes WHERE block_id = %s", block_id) > 0

    def ice_saws_running(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM saw_runs WHERE stopped_at IS NULL") > 0

    def harvest_orders_waiting(self) -> list[HarvestOrder]:
        rows = self.db.fetch_all("SELECT order_id, block_key, buyer FROM harvest_orders WHERE loaded_at IS NULL")
        return [HarvestOrder(r["order_id"], r["block_key"], r["buyer"]) for r in rows]

    def record_write_off(self, block_key: str) -> None:
        try:
            self.db.execute("UPDATE blocks SET written_off_at = now() WHERE key = %s", block_key)
        except stowage.StowageError:
            log.warning("write-off of %s not recorded; the next survey repeats it", block_key)


def thaw_survey_due(cache: kvbox.Cache, region: str) -> bool:
    return cache.get(f"icehouse:{region}:thaw-survey") is not None
