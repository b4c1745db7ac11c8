"""What the station database and cache say about tanks and pumps."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


class CisternError(Exception):
    """Something the controller decided not to do."""


@dataclass(frozen=True)
class PrimingRequest:
    pump_id: str
    requested_by: str


class CisternRepository:
    def __init__(self, db: stowage.Database, adb: stowage.AsyncDatabase, cache: kvbox.Cache, station: str) -> None:
        self.db = db
        self.adb = adb
        self.cache = cache
        self.station = station

    def cistern_pumps_running(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM pumps WHERE state = 'running'") > 0

    async def pumps_awaiting_priming(self) -> list[PrimingRequest]:
        rows = await self.adb.fetch_all("SELECT pump_id, requested_by FROM priming WHERE done_at IS NULL")
        return [PrimingRequest(r["pump_id"], r["requested_by"]) for r in rows]

    def sediment_flush_due(self) -> bool:
        return self.cache.get(f"cistern:{self.station}:flush-due") is not None

    def gauge_depth(self, tank: str, gauge: str) -> int:
        return self.db.fetch_value("SELECT depth_cm FROM gauges WHERE tank = ? AND gauge = ?", tank, gauge)

    def note_flushed(self) -> None:
        self.cache.delete(f"cistern:{self.station}:flush-due")
