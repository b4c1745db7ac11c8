"""The mill database: pressings in progress, keeves to rack, the orchard calendar."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


class MillError(Exception):
    """Something the mill controller gave up on."""


class PressUnreachable(MillError):
    """The press did not answer after every attempt."""


@dataclass(frozen=True)
class Keeve:
    keeve_id: str
    gravity: str


class PressLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, mill: str) -> None:
        self._db = db
        self._cache = cache
        self.mill = mill

    def mill_has_pressings(self) -> bool:
        return self._db.fetch_value("SELECT count(*) FROM pressings WHERE state = 'pressing'") > 0

    def unracked_keeves(self) -> list[Keeve]:
        rows = self._db.fetch_all("SELECT id, gravity FROM keeves WHERE NOT racked")
        return [Keeve(r["id"], r["gravity"]) for r in rows]

    def wassail_night_due(self) -> bool:
        return self._cache.get(f"pomacehouse:{self.mill}:wassail") is not None

    def note_tick(self, callbacks_ran: int) -> None:
        self._cache.set(f"pomacehouse:{self.mill}:last-tick", str(callbacks_ran), ttl=3600)
