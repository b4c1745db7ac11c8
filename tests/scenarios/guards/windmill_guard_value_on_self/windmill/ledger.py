"""The miller's ledger: hopper, sacks and stone wear."""

from __future__ import annotations

from dataclasses import dataclass

import kvbox
import stowage


@dataclass
class MillState:
    """What the last tick found; defaults are what a freshly built mill assumes."""

    hopper_full: bool = True
    sacks_waiting: int = 0
    dressing: bool = False


class MillLedger:
    def __init__(self, db: stowage.Database) -> None:
        self._db = db

    def grain_in_hopper(self) -> bool:
        return self._db.fetch_value("SELECT count(*) FROM hopper_loads WHERE milled = false") > 0

    def sacks_to_weigh(self) -> list[str]:
        return [r["sack"] for r in self._db.fetch_all("SELECT sack FROM sacks WHERE weighed = false")]


def stone_dressing_due(cache: kvbox.Cache) -> bool:
    return cache.get("mill:stone-dressing") is not None
