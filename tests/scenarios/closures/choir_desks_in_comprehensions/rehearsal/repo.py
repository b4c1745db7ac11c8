"""Rehearsal plans."""

from __future__ import annotations

from dataclasses import dataclass

import kvbox
import stowage


@dataclass(frozen=True)
class Part:
    part_id: str
    section: str


class RehearsalPlan:
    def __init__(self, db: stowage.AsyncDatabase) -> None:
        self._db = db

    async def rehearsal_in_progress(self) -> bool:
        return await self._db.fetch_value("SELECT count(*) FROM rehearsals WHERE ends_at > now()") > 0

    async def parts_to_learn(self) -> list[Part]:
        rows = await self._db.fetch_all("SELECT part_id, section FROM parts WHERE learned = false")
        return [Part(r["part_id"], r["section"]) for r in rows]


async def pitch_reference_changed(cache: kvbox.AsyncCache) -> bool:
    return await cache.get("choir:pitch-reference") is not None
