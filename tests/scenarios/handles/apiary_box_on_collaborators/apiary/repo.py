"""Hive records."""

from __future__ import annotations

from dataclasses import dataclass

import kvbox
import stowage


@dataclass
class SwarmAlert:
    hive: str
    sensor: str


class HiveRepository:
    def __init__(self, db: stowage.Database) -> None:
        self._db = db

    def colony_is_foraging(self) -> bool:
        return self._db.fetch_value("SELECT count(*) FROM flights WHERE at > now() - interval '1 hour'") > 0

    def swarm_alerts(self) -> list[SwarmAlert]:
        return [SwarmAlert(r["hive"], r["sensor"]) for r in self._db.fetch_all("SELECT hive, sensor FROM swarm_alerts")]

    def hive_ids(self) -> list[str]:
        return [r["hive"] for r in self._db.fetch_all("SELECT hive FROM hives")]


def queen_census_due(cache: kvbox.Cache) -> bool:
    return cache.get("apiary:queen-census") is not None
