"""The order book."""

from __future__ import annotations

from dataclasses import dataclass

import kvbox
import stowage


@dataclass
class Loaf:
    loaf_id: str
    pattern: str


class OrderBook:
    def __init__(self, db: stowage.Database) -> None:
        self._db = db

    def dough_is_rising(self) -> bool:
        return self._db.fetch_value("SELECT count(*) FROM doughs WHERE state = 'proofing'") > 0

    def loaves_to_score(self) -> list[Loaf]:
        return [Loaf(r["loaf_id"], r["pattern"]) for r in self._db.fetch_all("SELECT loaf_id, pattern FROM loaves WHERE scored = false")]


def descaling_due(cache: kvbox.Cache) -> bool:
    return cache.get("bakehouse:descale") is not None
