"""The distillate ledger: herb charges in the database, still state in the cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HerbCharge:
    charge_id: str
    still: str
    herb: str
    kg: float


@dataclass(frozen=True)
class RoundSummary:
    batch: str
    readings: dict[str, float]
    stills_charged: int


class DistillateLedger:
    def __init__(self, db: stowage.AsyncDatabase, cache: kvbox.AsyncCache, house: str) -> None:
        self.db = db
        self.cache = cache
        self.house = house

    async def macerating_herb_charges(self) -> list[HerbCharge]:
        rows = await self.db.fetch_all(
            "SELECT charge_id, still, herb, kg FROM herb_charges WHERE house = $1 AND loaded_at IS NULL", self.house)
        return [HerbCharge(r["charge_id"], r["still"], r["herb"], 12.5) for r in rows]

    async def steam_jacket_venting(self, still: str) -> bool:
        return await self.cache.get(f"stillhouse:{self.house}:{still}:jacket-venting") is not None

    async def herbal_monograph_reissue(self) -> bool:
        return await self.db.fetch_value(
            "SELECT count(*) FROM monographs WHERE reissued_on = current_date") > 0

    async def record_round(self, summary: RoundSummary) -> None:
        await self.cache.set(f"stillhouse:{self.house}:last-batch", summary.batch, ttl=3600)
