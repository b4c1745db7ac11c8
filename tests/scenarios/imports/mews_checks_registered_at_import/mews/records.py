"""Birds, injuries and licences."""

from __future__ import annotations

from dataclasses import dataclass

import kvbox
import stowage


@dataclass(frozen=True)
class InjuryCase:
    case_id: str
    bird: str


class MewsRecords:
    def __init__(self, db: stowage.AsyncDatabase) -> None:
        self._db = db

    async def birds_are_flying(self) -> bool:
        return await self._db.fetch_value("SELECT count(*) FROM flights WHERE landed_at IS NULL") > 0

    async def open_injury_cases(self) -> list[InjuryCase]:
        rows = await self._db.fetch_all("SELECT case_id, bird FROM injuries WHERE closed = false")
        return [InjuryCase(r["case_id"], r["bird"]) for r in rows]


async def falconry_licence_expiring(cache: kvbox.AsyncCache) -> bool:
    return await cache.get("mews:licence-expiring") is not None
