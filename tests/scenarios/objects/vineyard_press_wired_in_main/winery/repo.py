"""Harvest lots and tanks."""

from __future__ import annotations

from dataclasses import dataclass

import kvbox
import stowage


@dataclass
class Lot:
    lot_id: str
    varietal: str


class HarvestRepository:
    def __init__(self, db: stowage.AsyncDatabase) -> None:
        self._db = db

    async def grapes_in_hopper(self) -> bool:
        return await self._db.fetch_value("SELECT count(*) FROM hopper_loads WHERE pressed = false") > 0

    async def next_lot(self) -> Lot | None:
        row = await self._db.fetch_one("SELECT lot_id, varietal FROM lots WHERE pressed = false LIMIT 1")
        return None if row is None else Lot(row["lot_id"], row["varietal"])

    async def tanks_due_for_racking(self) -> list[str]:
        return [r["tank"] for r in await self._db.fetch_all("SELECT tank FROM tanks WHERE rack_due <= now()")]


async def press_token_expiring(cache: kvbox.AsyncCache) -> bool:
    return await cache.get("winery:press-token-expiring") is not None
