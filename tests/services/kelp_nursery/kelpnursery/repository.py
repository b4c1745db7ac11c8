"""The nursery repository: what the database and the cache say about lines, trays and beds."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


class NurseryError(Exception):
    """Something the worker decided not to do."""


@dataclass(frozen=True)
class SeedlingBatch:
    line: str
    seedlings: int


@dataclass(frozen=True)
class OutplantTray:
    tray_id: str
    line: str


class NurseryRepository:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, site: str) -> None:
        self._db = db
        self._cache = cache
        self.site = site

    def kelp_lines_seeding(self) -> bool:
        return self._db.fetch_value("SELECT count(*) FROM seed_lines WHERE state = 'seeding'") > 0

    def kelp_trays_awaiting_outplant(self) -> list[OutplantTray]:
        rows = self._db.fetch_all("SELECT tray_id, line FROM trays WHERE outplanted_at IS NULL AND ready")
        return [OutplantTray(r["tray_id"], r["line"]) for r in rows]

    def kelp_spore_release_window(self) -> bool:
        return self._cache.get(f"kelp:{self.site}:spore-window") is not None

    def collect_beds_due_rinse(self, out: list[stowage.Row]) -> int:
        """Fill ``out`` with the beds whose rinse is due (the driver's ``fetch_into``)."""
        return self._db.fetch_into("SELECT bed_id FROM beds WHERE rinse_due < now()", out)

    def seedlings_on(self, line: str) -> int:
        return self._db.fetch_value("SELECT count(*) FROM seedlings WHERE line = %s", line)

    def note_light(self, reading: str) -> None:
        self._cache.set(f"kelp:{self.site}:light", reading, ttl=900)

    def last_light(self) -> str | None:
        return self._cache.get(f"kelp:{self.site}:light")
