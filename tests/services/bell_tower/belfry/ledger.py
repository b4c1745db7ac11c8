"""The tower ledger: chime requests, clapper records and the ringer rota (database), the wind (cache)."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .values import ChimeRequest, RingerShift, WeatherReading

log = logging.getLogger(__name__)


class ChimeLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, tower: str) -> None:
        self.db = db
        self.cache = cache
        self.tower = tower

    def pending_chime_requests(self) -> list[ChimeRequest]:
        rows = self.db.fetch_all("SELECT id, tune FROM chime_requests WHERE played_at IS NULL")
        return [ChimeRequest(r["id"], r["tune"]) for r in rows]

    def clapper_service_due(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM clapper_faults WHERE fixed_at IS NULL") > 0

    def is_jubilee_peal(self) -> bool:
        return self.cache.get(f"belfry:{self.tower}:jubilee") is not None

    def ringers_on_rota(self) -> list[RingerShift]:
        rows = self.db.fetch_all("SELECT ringer, bell FROM rota WHERE shift = 'today'")
        return [RingerShift(r["ringer"], r["bell"]) for r in rows]

    def weather_reading(self) -> WeatherReading:
        raw = self.cache.get(f"belfry:{self.tower}:beaufort")
        return WeatherReading(int(raw) if raw else 0, read_at="now")

    def record_quarter(self, tick: int) -> None:
        self.db.execute("UPDATE tower_state SET last_quarter = now()", tick)
