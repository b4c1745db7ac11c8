"""The traffic ledger: what the database and the cache say about telegrams and the circuit."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


class TelegraphFault(Exception):
    """Something the station decided not to do this round."""


@dataclass(frozen=True)
class Telegram:
    serial: str
    addressee: str


class TelegraphLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, station: str) -> None:
        self._db = db
        self._cache = cache
        self.station = station

    def relay_circuit_busy(self) -> bool:
        return self._db.fetch_value("SELECT count(*) FROM circuits WHERE station = %s AND state = 'busy'", self.station) > 0

    def undelivered_telegrams(self) -> list[Telegram]:
        rows = self._db.fetch_all("SELECT serial, addressee FROM telegrams WHERE sounded_at IS NULL AND station = %s", self.station)
        return [Telegram(r["serial"], r["addressee"]) for r in rows]

    def cable_reroute_ordered(self) -> bool:
        return self._cache.get(f"telegraph:{self.station}:reroute") is not None

    def line_check_stale(self) -> bool:
        return self._cache.get(f"telegraph:{self.station}:line-check") is None

    def note_line_checked(self) -> None:
        self._cache.set(f"telegraph:{self.station}:line-check", "1", ttl=3600)
