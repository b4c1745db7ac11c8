"""Weave orders and cloth inspection."""

from __future__ import annotations

from dataclasses import dataclass

import kvbox
import stowage


@dataclass(frozen=True)
class Bolt:
    bolt_id: str
    loom: str


class WeaveOrders:
    def __init__(self, db: stowage.Database) -> None:
        self._db = db

    def warp_beams_loaded(self) -> bool:
        return self._db.fetch_value("SELECT count(*) FROM beams WHERE loaded = true") > 0

    def bolts_to_inspect(self) -> list[Bolt]:
        return [Bolt(r["bolt_id"], r["loom"]) for r in self._db.fetch_all("SELECT bolt_id, loom FROM bolts WHERE inspected = false")]


def jacquard_cards_updated(cache: kvbox.Cache) -> bool:
    return cache.get("shed:jacquard-cards") is not None
