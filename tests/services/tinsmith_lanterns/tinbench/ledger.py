"""The bench ledger: the lantern order book (a database) and the pot's state (a cache)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)

SEAM_TOOLS = {"lap": "flux", "folded": "mallet"}


@dataclass(frozen=True)
class Seam:
    lantern_id: str
    tool: str


class LanternLedger:
    def __init__(self, db: stowage.AsyncDatabase, cache: kvbox.AsyncCache, bench_id: str) -> None:
        self.db = db
        self.cache = cache
        self.bench_id = bench_id

    async def solder_pot_molten(self) -> bool:
        return await self.cache.get(f"tinbench:{self.bench_id}:pot-molten") is not None

    async def seams_awaiting_solder(self) -> list[Seam]:
        rows = await self.db.fetch_all("SELECT lantern_id, seam_kind FROM seams WHERE soldered_at IS NULL")
        return [Seam(r["lantern_id"], SEAM_TOOLS.get(r["seam_kind"], "flux")) for r in rows]

    async def guild_assay_day(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM assay_days WHERE day = current_date") > 0

    async def record_assay(self, lot: str) -> None:
        await self.db.execute("INSERT INTO assays (lot, stamped_at) VALUES ($1, now())", lot)
