"""The silo repository over the co-op's database and cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ProbeSample:
    reading_id: str
    silo_id: str
    celsius: float


class SiloRepository:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, site: str) -> None:
        self.db = db
        self.cache = cache
        self.site = site

    def silo_rows(self) -> list[stowage.Row]:
        return self.db.fetch_all("SELECT silo_id, grain FROM silos WHERE site = %s", self.site)

    def silo_fans_running(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM fans WHERE running AND site = %s", self.site) > 0

    def unlogged_probe_readings(self) -> list[ProbeSample]:
        rows = self.db.fetch_all("SELECT reading_id, silo_id, celsius FROM probe_readings WHERE logged_at IS NULL")
        return [ProbeSample(r["reading_id"], r["silo_id"], float(r["celsius"])) for r in rows]

    def mark_readings_logged(self, reading_ids: list[str]) -> None:
        self.db.execute("UPDATE probe_readings SET logged_at = now() WHERE reading_id = ANY(%s)", reading_ids)

    def fumigation_window_open(self) -> bool:
        return self.cache.get(f"silos:{self.site}:fumigation-window") is not None
