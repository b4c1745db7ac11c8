"""The trace catalogue: the database of recorded windows and the survey's cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TraceWindow:
    station: str
    window_id: str
    channel: str = "BHZ"


class TraceCatalogue:
    def __init__(self, db: stowage.AsyncDatabase, cache: kvbox.AsyncCache, site: str) -> None:
        self.db = db
        self.cache = cache
        self.site = site

    async def unfiled_trace_windows(self, station: str) -> list[TraceWindow]:
        rows = await self.db.fetch_all("SELECT window_id, channel FROM trace_windows WHERE filed_at IS NULL AND station = $1", station)
        return [TraceWindow(station, r["window_id"], r["channel"]) for r in rows]

    async def seismic_swarm_underway(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM events WHERE origin_at > now() - interval '1 hour'") > 0

    async def seismometer_recalibration_due(self) -> bool:
        return await self.cache.get(f"seismo:{self.site}:recalibrate-at") is not None

    async def mark_filed(self, window: TraceWindow) -> None:
        await self.cache.set(f"seismo:filed:{window.station}:{window.window_id}", "1", ttl=86400)
