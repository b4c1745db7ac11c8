"""Vessel calls and lifts."""

from __future__ import annotations

from dataclasses import dataclass

import kvbox
import stowage


@dataclass(frozen=True)
class Lift:
    lift_id: str
    bay: str


class TerminalRepository:
    def __init__(self, db: stowage.Database) -> None:
        self._db = db

    def vessel_alongside(self) -> bool:
        return self._db.fetch_value("SELECT count(*) FROM vessel_calls WHERE moored = true") > 0

    def lifts_waiting(self) -> list[Lift]:
        return [Lift(r["lift_id"], r["bay"]) for r in self._db.fetch_all("SELECT lift_id, bay FROM lifts WHERE done = false")]


def wind_lockout_drill_due(cache: kvbox.Cache) -> bool:
    return cache.get("quay:wind-drill") is not None
