"""Ticket sales, tide gauges and crew rosters, in the terminal's database and cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TicketSale:
    ref: str
    sailing: str
    fare_pence: int


@dataclass(frozen=True)
class RosterLine:
    crew_id: str
    vessel: str
    shift: str


class TidewaterRepository:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, terminal: str) -> None:
        self.db = db
        self.cache = cache
        self.terminal = terminal

    def unsynced_ticket_sales(self) -> list[TicketSale]:
        rows = self.db.fetch_all("SELECT ref, sailing, fare_pence FROM ticket_sales WHERE synced_at IS NULL")
        return [TicketSale(r["ref"], r["sailing"], 0) for r in rows]

    def mark_sales_synced(self, refs: list[str]) -> None:
        self.db.execute("UPDATE ticket_sales SET synced_at = now() WHERE ref = ANY(%s)", refs)

    def vehicles_on_the_ramp(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM ramp_sensors WHERE occupied") > 0

    def tide_gauge_dm(self, slipway: str) -> int:
        return self.db.fetch_value("SELECT height_dm FROM tide_gauge WHERE slipway = %s ORDER BY read_at DESC LIMIT 1", slipway)

    def tide_almanac_published(self) -> bool:
        return self.cache.get(f"tidewater:{self.terminal}:almanac") is not None

    def crew_roster(self) -> list[RosterLine]:
        rows = self.db.fetch_all("SELECT crew_id, vessel, shift FROM crew_rosters WHERE week = date_trunc('week', now())")
        return [RosterLine(r["crew_id"], r["vessel"], r["shift"]) for r in rows]

    def record_roster_published(self, lines: int) -> None:
        self.cache.set(f"tidewater:{self.terminal}:roster-lines", str(lines), ttl=7200)
