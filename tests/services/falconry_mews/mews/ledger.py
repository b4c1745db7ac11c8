"""The hawk ledger: the mews database and the cache."""

from __future__ import annotations

import logging

import attrs

import kvbox
import stowage

log = logging.getLogger(__name__)


@attrs.define
class Jess:
    leg: str
    supple: bool = True


@attrs.define
class Hawk:
    ring: str
    species: str
    weight_grams: int
    tag_battery: int = 100
    jesses: list[Jess] = attrs.field(factory=list)
    weighings: list[int] = attrs.field(factory=list)


class HawkLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, region: str) -> None:
        self.db = db
        self.cache = cache
        self.region = region

    def hawks_due_on_the_block(self) -> list[Hawk]:
        rows = self.db.fetch_all("SELECT ring, species FROM hawks WHERE due_on_block = true")
        return [Hawk(r["ring"], r["species"], weight_grams=700, jesses=[Jess("left"), Jess("right")])
                for r in rows]

    def falconer_on_the_glove(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM flights WHERE landed_at IS NULL") > 0

    def moult_season_started(self) -> bool:
        return self.cache.get(f"mews:{self.region}:moult-start") is not None
