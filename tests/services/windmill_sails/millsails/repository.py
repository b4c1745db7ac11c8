"""The mill's ledger (a database) and the coast-guard cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import kvbox
import stowage

log = logging.getLogger(__name__)


class SailHouseError(Exception):
    """Something the foreman decided not to do."""


@dataclass(frozen=True)
class WindReading:
    station: str
    direction: str

    @classmethod
    def from_row(cls, row: stowage.Row) -> WindReading:
        return cls(station=row["station"], direction=row["direction"])


@dataclass(frozen=True)
class StoneOrder:
    stone_id: str
    pattern: str = "quarter-dress"

    @classmethod
    def from_row(cls, row: stowage.Row) -> StoneOrder:
        return cls(stone_id=row["stone_id"], pattern=row["pattern"])


@dataclass
class RoundSummary:
    mill: str
    readings: int = 0
    dressed: int = 0
    reefed: list[str] = field(default_factory=list)


class MillLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, mill: str) -> None:
        self.db = db
        self.cache = cache
        self.mill = mill

    @classmethod
    def open(cls, dsn: str, cache_url: str, mill: str) -> MillLedger:
        return cls(stowage.connect(dsn), kvbox.Cache(cache_url), mill)

    def hoppers_brimming(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM hoppers WHERE fill_pct > 95") > 0

    def millstones_due_dressing(self) -> list[StoneOrder]:
        rows = self.db.fetch_all("SELECT stone_id, pattern FROM millstones WHERE dressed_at IS NULL")
        return [StoneOrder.from_row(row) for row in rows]

    def gale_warning_hoisted(self) -> bool:
        return self.cache.get(f"coastguard:{self.mill}:gale") is not None

    def recent_wind_readings(self) -> list[WindReading]:
        rows = self.db.fetch_all("SELECT station, direction FROM wind_readings WHERE taken_at > now() - interval '10 minutes'")
        return [WindReading.from_row(row) for row in rows]

    def record_round(self, summary: RoundSummary) -> None:
        self.db.execute("INSERT INTO sail_rounds (mill, readings, dressed) VALUES ($1, $2, $3)",
                        summary.mill, summary.readings, summary.dressed)
