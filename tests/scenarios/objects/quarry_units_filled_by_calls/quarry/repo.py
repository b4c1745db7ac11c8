"""Blasting plans and truck loads."""

from __future__ import annotations

from dataclasses import dataclass

import kvbox
import stowage


@dataclass(frozen=True)
class TruckLoad:
    ticket: str
    bench: str


class QuarryRepository:
    def __init__(self, db: stowage.Database) -> None:
        self._db = db

    def blast_scheduled(self) -> bool:
        return self._db.fetch_value("SELECT count(*) FROM blasts WHERE window_start < now() + interval '1 hour'") > 0

    def loads_to_weigh(self) -> list[TruckLoad]:
        return [TruckLoad(r["ticket"], r["bench"]) for r in self._db.fetch_all("SELECT ticket, bench FROM loads WHERE weighed = false")]


def stacker_calibration_due(cache: kvbox.Cache) -> bool:
    return cache.get("quarry:stacker-calibration") is not None
