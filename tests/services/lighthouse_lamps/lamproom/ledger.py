"""The lamp ledger: what the station database and cache say about the lamps."""

from __future__ import annotations

import logging
from typing import NamedTuple

import kvbox
import stowage

log = logging.getLogger(__name__)


class LamproomError(Exception):
    """Something a keeper decided not to do."""


class SectorFault:
    """One fault reported by a sector sensor; many per alarm when the weather is bad."""

    __slots__ = ("sector", "priority", "code")

    def __init__(self, sector: str, priority: int, code: str) -> None:
        self.sector = sector
        self.priority = priority
        self.code = code

    def __repr__(self) -> str:
        return f"SectorFault({self.sector!r}, {self.priority}, {self.code!r})"


class LampReading(NamedTuple):
    hours_burned: int
    bulb_ok: bool


class LampLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, station: str) -> None:
        self.db = db
        self.cache = cache
        self.station = station

    def vessels_in_approach(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM ais_tracks WHERE zone = 'approach'") > 0

    def uncleared_sector_faults(self) -> list[SectorFault]:
        rows = self.db.fetch_all("SELECT sector, priority, code FROM sector_faults WHERE cleared_at IS NULL")
        return [SectorFault(r["sector"], int(r["priority"]), r["code"]) for r in rows]

    def lens_polishing_due(self) -> bool:
        return self.cache.get(f"lamproom:{self.station}:polish-day") is not None

    def lamp_reading(self, lamp: str) -> LampReading:
        flagged = self.db.fetch_one("SELECT hours FROM bulb_flags WHERE lamp = $1 AND cleared_at IS NULL", lamp)
        if flagged is None:
            return LampReading(0, True)
        return LampReading(int(flagged.get("hours", 0)), False)
