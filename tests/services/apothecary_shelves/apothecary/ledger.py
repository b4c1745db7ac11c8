"""The stock ledger: a Protocol the jobs depend on, and its implementation over the database and cache."""

from __future__ import annotations

import logging
from typing import Protocol

import kvbox
import stowage

from .records import Prescription, TinctureLot

log = logging.getLogger(__name__)


class ShelfLedger(Protocol):
    branch: str

    async def expired_tinctures(self) -> list[TinctureLot]: ...

    async def still_batch_pending(self) -> bool: ...

    async def pharmacopoeia_revision_due(self) -> bool: ...

    async def refills_due(self, window_days: int) -> list[Prescription]: ...

    async def census_stale(self) -> bool: ...

    async def record_refill(self, rx: Prescription) -> None: ...


class StockroomLedger:
    def __init__(self, db: stowage.AsyncDatabase, cache: kvbox.AsyncCache, branch: str) -> None:
        self.db = db
        self.cache = cache
        self.branch = branch

    async def expired_tinctures(self) -> list[TinctureLot]:
        rows = await self.db.fetch_all("SELECT lot_no, remedy, shelf FROM tinctures WHERE expires_on < now()")
        return [TinctureLot(r["lot_no"], r["remedy"], r["shelf"]) for r in rows]

    async def still_batch_pending(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM still_batches WHERE state = 'pending'") > 0

    async def pharmacopoeia_revision_due(self) -> bool:
        return await self.cache.get(f"apothecary:{self.branch}:pharmacopoeia-revision") is not None

    async def refills_due(self, window_days: int) -> list[Prescription]:
        rows = await self.db.fetch_all("SELECT rx_id, patient FROM prescriptions WHERE refill_on < now() + $1", window_days)
        return [Prescription(r["rx_id"], r["patient"]) for r in rows]

    async def census_stale(self) -> bool:
        return await self.cache.get(f"apothecary:{self.branch}:census") is None

    async def record_refill(self, rx: Prescription) -> None:
        await self.db.execute("UPDATE prescriptions SET refilled_at = now() WHERE rx_id = $1", rx.rx_id)
