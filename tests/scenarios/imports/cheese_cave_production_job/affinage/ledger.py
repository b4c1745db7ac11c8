"""The affineur's ledger."""

from __future__ import annotations

import kvbox
import stowage


class AffinageLedger:
    def __init__(self, db: stowage.AsyncDatabase) -> None:
        self._db = db

    async def wheels_need_turning(self) -> bool:
        return await self._db.fetch_value("SELECT count(*) FROM wheels WHERE next_turn <= now()") > 0

    async def wheels_to_grade(self) -> list[str]:
        return [r["wheel"] for r in await self._db.fetch_all("SELECT wheel FROM grading WHERE graded = false")]

    async def orders_to_pack(self) -> list[str]:
        return [r["order_id"] for r in await self._db.fetch_all("SELECT order_id FROM orders WHERE packed = false")]


async def mite_inspection_due(cache: kvbox.AsyncCache) -> bool:
    return await cache.get("affinage:mite-inspection") is not None
