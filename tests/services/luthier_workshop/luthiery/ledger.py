"""The workshop ledger: the bench database and the heating calendar in the cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


class WorkshopError(Exception):
    """The ledger could not be read or written."""


@dataclass(frozen=True)
class Instrument:
    serial: str
    kind: str
    maker: str


class WorkshopLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, workshop: str) -> None:
        self.db = db
        self.cache = cache
        self.workshop = workshop

    def varnish_coat_curing(self, cabinet: str) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM coats WHERE cabinet = $1 AND cured_at IS NULL", cabinet) > 0

    def instruments_in_the_white(self) -> list[Instrument]:
        rows = self.db.fetch_all("SELECT serial, kind, maker FROM instruments WHERE varnished_at IS NULL")
        return [Instrument(r["serial"], r["kind"], r["maker"]) for r in rows]

    def winter_heating_season_began(self) -> bool:
        return self.cache.get(f"luthiery:{self.workshop}:heating-on") is not None

    def note_round(self, round_no: int) -> None:
        try:
            self.db.execute("UPDATE workshop SET last_round = $1", round_no)
        except stowage.StowageError as exc:
            raise WorkshopError(f"round {round_no} not noted") from exc
