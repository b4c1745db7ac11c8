"""The bonded ledger."""

from __future__ import annotations

from dataclasses import dataclass, field

import kvbox
import stowage


@dataclass(frozen=True)
class Cask:
    cask_id: str
    warehouse_row: str


@dataclass
class SpiritSample:
    still: str
    abv: float = 0.0
    notes: list[str] = field(default_factory=list)


class BondedLedger:
    def __init__(self, db: stowage.Database) -> None:
        self._db = db

    def wash_is_charged(self) -> bool:
        return self._db.fetch_value("SELECT count(*) FROM washbacks WHERE charged = true") > 0

    def record_run(self, still: str) -> None:
        self._db.execute("INSERT INTO still_runs (still) VALUES ($1)", still)

    def casks_ready_to_bottle(self) -> list[Cask]:
        return [Cask(r["cask_id"], r["row"]) for r in self._db.fetch_all("SELECT cask_id, row FROM casks WHERE ready")]


def excise_audit_open(cache: kvbox.Cache) -> bool:
    return cache.get("stills:excise-audit") is not None
