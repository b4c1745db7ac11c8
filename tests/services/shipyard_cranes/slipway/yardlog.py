"""The crane yard log: lifts, staged hull blocks and harbour orders, over the database and the cache."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .records import CraneStatus, HullBlock
from .settings import CraneYardSettings

log = logging.getLogger(__name__)


class CraneYardLog:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, settings: CraneYardSettings) -> None:
        self.db = db
        self.cache = cache
        self.settings = settings

    def gantry_lift_in_progress(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM lifts WHERE landed_at IS NULL") > 0

    def hull_blocks_awaiting_lift(self) -> list[HullBlock]:
        rows = self.db.fetch_all("SELECT block_id, hull, weight_t FROM hull_blocks WHERE staged = true")
        return [HullBlock(r["block_id"], r["hull"], int(r["weight_t"])) for r in rows]

    def storm_lashing_ordered(self) -> bool:
        return self.cache.get(f"harbour:{self.settings.dock}:storm-lashing") is not None

    def rail_wear_flagged(self) -> bool:
        return self.cache.get(f"cranes:{self.settings.dock}:rail-wear") is not None

    def read_crane_status(self, rail: str) -> CraneStatus:
        load = self.db.fetch_value("SELECT load_t FROM hoist_cells WHERE rail = %s", rail)
        return CraneStatus(rail=rail, idle=not self.gantry_lift_in_progress(), load_tonnes=load)

    def mark_block_lifted(self, block_id: str) -> None:
        self.db.execute("UPDATE hull_blocks SET staged = false WHERE block_id = %s", block_id)
