"""The stall ledger (a database), read through a cursor, and the harbour notices (a cache)."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator

import kvbox
import stowage

from .records import CaravanArrival, MillBooking, SpicePrice
from .settings import KILOS_PER_SACK, SPICE_CATALOGUE

log = logging.getLogger(__name__)


class MarketLedgerError(Exception):
    """The stall ledger could not be written."""


class LedgerCursor:
    """One unit of reading and writing the ledger; closed when the ``with`` ends."""

    def __init__(self, db: stowage.Database, market: str) -> None:
        self.db = db
        self.market = market
        self.writes = 0
        self.closed = False

    def saffron_vault_unsealed(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM vault_seals WHERE broken_at IS NOT NULL", self.market) > 0

    def mill_bookings_due(self) -> list[MillBooking]:
        rows = self.db.fetch_all("SELECT id, spice, slot, sacks FROM mill_bookings WHERE due AND ground_at IS NULL",
                                 self.market)
        return [MillBooking(r["spice"], r["slot"], r["id"], KILOS_PER_SACK) for r in rows]

    def record_grind(self, spice: str, kilos: int) -> None:
        self._write("INSERT INTO mill_grinds (market, spice, kilos) VALUES ($1, $2, $3)", spice, kilos)

    def record_arrival(self, arrival: CaravanArrival) -> None:
        self._write("INSERT INTO caravan_arrivals (market, caravan, origin) VALUES ($1, $2, $3)",
                    arrival.caravan_id, arrival.origin)

    def _write(self, query: str, *params: object) -> None:
        try:
            self.db.execute(query, self.market, *params)
        except stowage.StowageError as exc:
            raise MarketLedgerError(query.split("(")[0].strip()) from exc
        self.writes += 1

    def close(self) -> None:
        self.closed = True


def _open_ledger_cursor(db: stowage.Database, market: str) -> Iterator[LedgerCursor]:
    cursor = LedgerCursor(db, market)
    try:
        yield cursor
    finally:
        log.debug("ledger cursor for %s closed after %d writes", market, cursor.writes)
        cursor.close()


ledger_cursor = contextlib.contextmanager(_open_ledger_cursor)


class SpiceLedger:
    def __init__(self, db: stowage.Database, market: str) -> None:
        self.db = db
        self.market = market

    def cursor(self) -> contextlib.AbstractContextManager[LedgerCursor]:
        return ledger_cursor(self.db, self.market)

    def posted_prices(self) -> list[SpicePrice]:
        surcharge = self.db.fetch_value("SELECT coalesce(max(dirhams), 0) FROM market_surcharges WHERE today",
                                        self.market)
        return [SpicePrice(stall, spice, price + surcharge) for stall, spice, price in SPICE_CATALOGUE]


def monsoon_tariff_announced(cache: kvbox.Cache) -> bool:
    return cache.get("harbour:tariff:monsoon") is not None
