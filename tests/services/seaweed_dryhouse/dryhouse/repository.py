"""The drying house's records: racks, bundles, weigh batches, moisture, the weather."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FrondBundle:
    bundle_id: str
    species: str


@dataclass(frozen=True)
class WeighBatch:
    batch_id: str
    kg: str


class FrondRepository:
    def __init__(self, db: stowage.AsyncDatabase, cache: kvbox.AsyncCache, shed: str) -> None:
        self.db = db
        self.cache = cache
        self.shed = shed

    async def racks_hung_with_fronds(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM racks WHERE hung_at IS NOT NULL") > 0

    async def bundles_awaiting_bale(self) -> list[FrondBundle]:
        rows = await self.db.fetch_all("SELECT id, species FROM bundles WHERE dried AND NOT baled")
        return [FrondBundle(r["id"], r["species"]) for r in rows]

    async def next_weigh_batch(self) -> WeighBatch | None:
        row = await self.db.fetch_one("SELECT id, kg FROM weigh_batches WHERE NOT posted LIMIT 1")
        if row is None:
            return None
        return WeighBatch(row["id"], row["kg"])

    async def moisture_readings(self) -> list[float]:
        rows = await self.db.fetch_all("SELECT pct FROM moisture WHERE NOT posted")
        return [float(len(r["pct"])) for r in rows]

    async def rain_forecast(self) -> bool:
        return await self.cache.get(f"dryhouse:{self.shed}:rain") is not None

    async def salinity_audit_due(self) -> bool:
        return await self.cache.get(f"dryhouse:{self.shed}:salinity-audit") is not None
