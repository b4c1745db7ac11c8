"""Declarations, filings and holds."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Filing:
    filing_id: str
    status: str


@dataclass(frozen=True)
class HoldSummary:
    held: int
    open: bool


class DeclarationBook:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache) -> None:
        self.db = db
        self.cache = cache

    def declarations_open(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM declarations WHERE state IN ('draft', 'lodged')") > 0

    def held_consignments(self) -> list[str]:
        return [r["id"] for r in self.db.fetch_all("SELECT id FROM consignments WHERE held")]

    def _filings(self, query: str) -> list[Filing]:
        return [Filing(r["id"], r["status"]) for r in self.db.fetch_all(query)]

    def unlodged_filings(self) -> Iterator[Filing]:
        for filing in self._filings("SELECT id, status FROM filings WHERE lodged_at IS NULL"):
            if filing.status != "lodged":
                yield filing

    def amendments(self) -> Iterator[Filing]:
        return (f for f in self._filings("SELECT id, status FROM amendments WHERE NOT sent") if f.filing_id)


def tariff_code_release(cache: kvbox.Cache) -> bool:
    return cache.get("customs:tariff-release") is not None
