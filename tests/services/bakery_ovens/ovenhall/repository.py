"""The bakery ledger: dough batches, proofing cabinets and silo windows."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


class BakeryError(Exception):
    """Something the hall decided not to do."""


@dataclass
class DoughBatch:
    batch_id: str
    deck: int
    band: str = "hearth"
    loaves: int = 0


class BakeryLedger:
    def __init__(self, db: stowage.AsyncDatabase, cache: kvbox.AsyncCache, hall: str) -> None:
        self.db = db
        self.cache = cache
        self.hall = hall

    async def proofing_cabinets_busy(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM proofing_cabinets WHERE state = 'rising'") > 0

    async def doughs_awaiting_bake(self) -> list[DoughBatch]:
        rows = await self.db.fetch_all("SELECT batch_id, deck, loaves FROM dough_batches WHERE baked_at IS NULL")
        return [DoughBatch(r["batch_id"], 1, loaves=12) for r in rows]

    async def silo_refill_window(self, silo: str) -> bool:
        return await self.cache.get(f"bakery:{self.hall}:silo:{silo}:refill-window") is not None

    async def stamp_round(self, round_no: int) -> None:
        await self.db.execute("UPDATE hall_state SET last_round = $1", round_no)

    async def mark_baked(self, batch_id: str) -> None:
        await self.db.execute("UPDATE dough_batches SET baked_at = now() WHERE batch_id = $1", batch_id)

    async def log_refill(self, silo: str) -> None:
        await self.db.execute("INSERT INTO silo_refills (silo, at) VALUES ($1, now())", silo)
