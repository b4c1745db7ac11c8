"""The tram roster: a Protocol and its two implementations."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TramRecord:
    fleet_number: str
    line: str


@dataclass(frozen=True)
class ShiftRecord:
    depot: str
    sanded: int
    inspected: bool
    reprofiled: bool


class TramRoster(Protocol):
    def depot_crew_clocked_in(self) -> bool: ...

    def trams_awaiting_sanding(self) -> list[TramRecord]: ...

    def wheel_lathe_calendar_due(self) -> bool: ...

    def traction_faults_logged(self) -> bool: ...

    def record_shift(self, record: ShiftRecord) -> None: ...


class SqlTramRoster:
    def __init__(self, db: stowage.Database) -> None:
        self.db = db

    def depot_crew_clocked_in(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM crew_shifts WHERE clocked_out_at IS NULL") > 0

    def trams_awaiting_sanding(self) -> list[TramRecord]:
        rows = self.db.fetch_all("SELECT fleet_number, line FROM trams WHERE sand_level < 20")
        return [TramRecord(r["fleet_number"], r["line"]) for r in rows]

    def wheel_lathe_calendar_due(self) -> bool:
        return self.db.fetch_one("SELECT night FROM lathe_calendar WHERE night = current_date") is not None

    def traction_faults_logged(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM traction_faults WHERE cleared = false") > 0

    def record_shift(self, record: ShiftRecord) -> None:
        self.db.execute("INSERT INTO night_shifts (depot, sanded, inspected, reprofiled) VALUES (?, ?, ?, ?)",
                        record.depot, record.sanded, record.inspected, record.reprofiled)


class CachedTramRoster:
    """The cache in front of the SQL roster: crew and faults come from the depot's telemetry cache."""

    def __init__(self, cache: kvbox.Cache, backing: SqlTramRoster) -> None:
        self.cache = cache
        self.backing = backing

    def depot_crew_clocked_in(self) -> bool:
        return self.cache.get("depot:crew:clocked-in") is not None

    def trams_awaiting_sanding(self) -> list[TramRecord]:
        return self.backing.trams_awaiting_sanding()

    def wheel_lathe_calendar_due(self) -> bool:
        return self.backing.wheel_lathe_calendar_due()

    def traction_faults_logged(self) -> bool:
        flagged = self.cache.get("depot:traction:faults")
        if flagged is None:
            log.debug("no cached traction faults; asking the roster database")
            return self.backing.traction_faults_logged()
        return flagged == "1"

    def record_shift(self, record: ShiftRecord) -> None:
        self.backing.record_shift(record)
        self.cache.set("depot:last-shift", record.depot, ttl=86400)
