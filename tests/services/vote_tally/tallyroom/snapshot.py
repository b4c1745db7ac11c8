"""What one alarm knows about the night so far."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox

from .returns import ReturnsRepository, certification_window_open

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TallySnapshot:
    reporting: bool
    dispute_count: int
    precinct_count: int
    certification_due: bool


@dataclass(frozen=True)
class ProjectionState:
    live: bool
    precincts: int


class SnapshotCollector:
    def __init__(self, repo: ReturnsRepository, cache: kvbox.AsyncCache, jurisdiction: str) -> None:
        self.repo = repo
        self.cache = cache
        self.jurisdiction = jurisdiction

    async def snapshot(self) -> TallySnapshot:
        disputes = await self.repo.disputed_ballots()
        return TallySnapshot(
            reporting=await self.repo.precincts_reporting(),
            dispute_count=len(disputes),
            precinct_count=await self.repo.precinct_count(),
            certification_due=await certification_window_open(self.cache, self.jurisdiction),
        )

    async def projection(self) -> ProjectionState:
        return ProjectionState(await self.repo.precincts_reporting(), await self.repo.precinct_count())
