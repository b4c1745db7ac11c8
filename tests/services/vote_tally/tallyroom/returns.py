"""Precinct returns, disputes and certification state."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DisputedBallot:
    ballot_id: str
    precinct: str


class ReturnsRepository:
    def __init__(self, db: stowage.AsyncDatabase) -> None:
        self.db = db

    async def precincts_reporting(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM precincts WHERE reporting AND NOT final") > 0

    async def disputed_ballots(self) -> list[DisputedBallot]:
        rows = await self.db.fetch_all("SELECT id, precinct FROM ballots WHERE disputed AND NOT resolved")
        return [DisputedBallot(r["id"], r["precinct"]) for r in rows]

    async def precinct_count(self) -> int:
        return await self.db.fetch_value("SELECT count(*) FROM precincts")


async def certification_window_open(cache: kvbox.AsyncCache, jurisdiction: str) -> bool:
    return await cache.get(f"tally:{jurisdiction}:certification") is not None
