"""Generation records and alerts."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IcingAlert:
    turbine_id: str
    blade: int


class GenerationRecords:
    def __init__(self, db: stowage.AsyncDatabase, cache: kvbox.AsyncCache) -> None:
        self.db = db
        self.cache = cache

    async def turbines_generating(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM turbines WHERE output_kw > 0") > 0

    async def icing_alerts(self) -> list[IcingAlert]:
        rows = await self.db.fetch_all("SELECT turbine_id, blade FROM icing WHERE cleared_at IS NULL")
        return [IcingAlert(r["turbine_id"], 1) for r in rows]


async def curtailment_order_issued(cache: kvbox.AsyncCache) -> bool:
    return await cache.get("scada:curtailment") is not None
