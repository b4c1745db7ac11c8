"""Casting records."""

from __future__ import annotations

from dataclasses import dataclass

import kvbox
import stowage


@dataclass(frozen=True)
class Mould:
    mould_id: str
    bell: str


class CastingRecords:
    def __init__(self, db: stowage.AsyncDatabase) -> None:
        self._db = db

    async def bronze_is_molten(self) -> bool:
        return await self._db.fetch_value("SELECT count(*) FROM melts WHERE poured = false") > 0

    async def moulds_to_inspect(self) -> list[Mould]:
        rows = await self._db.fetch_all("SELECT mould_id, bell FROM moulds WHERE inspected = false")
        return [Mould(r["mould_id"], r["bell"]) for r in rows]

    async def log_pit_check(self) -> None:
        await self._db.execute("INSERT INTO pit_checks (at) VALUES (now())")


async def carillon_retune_booked(cache: kvbox.AsyncCache) -> bool:
    return await cache.get("foundry:carillon-retune") is not None
