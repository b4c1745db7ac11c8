"""What the lab database and the instrument cache say about runs."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FailedRead:
    read_id: str
    lane: int


class RunTracker:
    def __init__(self, db: stowage.AsyncDatabase, cache: kvbox.Cache, instrument: str) -> None:
        self.db = db
        self.cache = cache
        self.instrument = instrument

    async def runs_in_flight(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM runs WHERE state = 'sequencing'") > 0

    def flowcells_loaded(self) -> bool:
        return self.cache.get(f"seqlab:{self.instrument}:flowcells") is not None

    async def failed_reads(self) -> list[FailedRead]:
        rows = await self.db.fetch_all("SELECT id, lane FROM reads WHERE state = 'failed' AND NOT requeued")
        return [FailedRead(r["id"], 1) for r in rows]

    def reference_genome_updated(self) -> bool:
        return self.cache.get("seqlab:reference:updated") is not None
