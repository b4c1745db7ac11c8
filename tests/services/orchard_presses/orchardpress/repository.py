"""The press-house ledger (a database) and the orchard's frost calendar (a cache)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


class PressHouseError(Exception):
    """The ledger could not be read or written."""


@dataclass(frozen=True)
class CiderBarrel:
    barrel_id: str
    variety: str
    litres: int = 225


class OrchardPressLedger:
    def __init__(self, db: stowage.Database, orchard: str) -> None:
        self.db = db
        self.orchard = orchard

    def press_house_pressing_now(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM pressings WHERE finished_at IS NULL", self.orchard) > 0

    def cider_barrels_awaiting_bung(self) -> list[CiderBarrel]:
        rows = self.db.fetch_all("SELECT id, variety FROM barrels WHERE filled AND bunged_at IS NULL", self.orchard)
        return [CiderBarrel(r["id"], r["variety"]) for r in rows]

    def litres_pressed_today(self) -> int:
        return self.db.fetch_value("SELECT coalesce(sum(litres), 0) FROM pressings WHERE day = today()", self.orchard)

    def record_haul(self, tonnes: int) -> None:
        try:
            self.db.execute("INSERT INTO pomace_hauls (orchard, tonnes) VALUES ($1, $2)", self.orchard, tonnes)
        except stowage.StowageError as exc:
            raise PressHouseError("haul not recorded") from exc


def frost_pick_night_declared(cache: kvbox.Cache) -> bool:
    return cache.get("orchard:frost-pick:tonight") is not None
