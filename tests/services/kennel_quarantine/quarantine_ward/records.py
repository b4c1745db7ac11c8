"""Repositories: the intake ledger (generators), the vet roster (iterators), the board calendar."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


class KennelError(Exception):
    """Something the warden decided not to do."""


@dataclass(frozen=True)
class ArrivalSlip:
    boarder_id: str
    species: str
    origin: str


class IntakeLedger:
    """Reads the kennel database; the listing methods are generators."""

    def __init__(self, db: stowage.Database) -> None:
        self.db = db

    def boarders_on_file(self) -> Iterator[dict[str, str]]:
        for row in self.db.fetch_all("SELECT boarder_id, pen FROM boarders WHERE released_at IS NULL"):
            yield {"boarder_id": row["boarder_id"], "pen": row["pen"]}

    def longest_stays(self) -> Iterator[str]:
        rows = self.db.fetch_all("SELECT boarder_id FROM boarders WHERE released_at IS NULL ORDER BY arrived_at")
        for row in rows:
            yield row["boarder_id"]

    def arrivals_awaiting_intake(self) -> Iterator[ArrivalSlip]:
        for row in self.db.fetch_all("SELECT boarder_id, species, origin FROM arrivals WHERE intake_at IS NULL"):
            yield ArrivalSlip(row["boarder_id"], row["species"], row["origin"])

    def kennel_has_isolation_cases(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM boarders WHERE pen LIKE 'iso-%'") > 0

    def stamp_census(self, count: int) -> None:
        self.db.execute("UPDATE kennel_state SET census_at = now(), census = %s", count)


class VetRoster:
    """The vets on call; hands back iterators over lists it already holds."""

    def __init__(self, db: stowage.Database) -> None:
        self.db = db

    def vets_on_call(self) -> Iterator[str]:
        rows = self.db.fetch_all("SELECT vet_id FROM vet_shifts WHERE now() BETWEEN starts_at AND ends_at")
        return iter([row["vet_id"] for row in rows])


class BoardCalendar:
    def __init__(self, cache: kvbox.Cache, site: str) -> None:
        self.cache = cache
        self.site = site

    def release_board_sits_today(self) -> bool:
        return self.cache.get(f"kennel:{self.site}:board-sitting") is not None
