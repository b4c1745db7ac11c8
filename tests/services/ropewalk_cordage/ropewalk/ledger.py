"""The ropewalk's ledger: bales, splice and strand orders, the kettle schedule, shifts."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HempBale:
    bale_id: str
    grade: str


@dataclass(frozen=True)
class SpliceOrder:
    splice_id: str
    length_m: str


@dataclass(frozen=True)
class StrandOrder:
    order_id: str
    ply: str


class RopeLedger:
    def __init__(self, db: stowage.AsyncDatabase, cache: kvbox.AsyncCache, walk: str) -> None:
        self.db = db
        self.cache = cache
        self.walk = walk

    async def strands_on_the_walk(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM strands WHERE state = 'on_walk'") > 0

    async def hemp_bales_unspun(self) -> list[HempBale]:
        rows = await self.db.fetch_all("SELECT id, grade FROM hemp_bales WHERE NOT spun")
        return [HempBale(r["id"], r["grade"]) for r in rows]

    async def pending_splices(self, limit: int) -> list[SpliceOrder]:
        rows = await self.db.fetch_all("SELECT id, length_m FROM splice_orders WHERE NOT done LIMIT $1", limit)
        return [SpliceOrder(r["id"], r["length_m"]) for r in rows]

    async def strand_orders(self) -> list[StrandOrder]:
        rows = await self.db.fetch_all("SELECT id, ply FROM strand_orders WHERE NOT twisted")
        return [StrandOrder(r["id"], r["ply"]) for r in rows]

    async def tar_kettle_relining_due(self) -> bool:
        return await self.cache.get(f"ropewalk:{self.walk}:kettle-reline") is not None

    async def record_shift(self, shift: int, twisted: int) -> bool:
        try:
            await self.db.execute("INSERT INTO shifts (walk, n, twisted) VALUES ($1, $2, $3)", self.walk, shift, twisted)
        except stowage.StowageError as exc:
            log.warning("shift %d not recorded: %s", shift, exc)
            return False
        return True
