"""Gauge readings kept in the harbour database."""

from __future__ import annotations

from dataclasses import dataclass

import stowage


@dataclass(frozen=True)
class GaugeReading:
    gauge: str
    level_cm: str


class GaugeRepository:
    def __init__(self, db: stowage.Database) -> None:
        self._db = db

    def surge_is_forecast(self) -> bool:
        return self._db.fetch_value("SELECT count(*) FROM surge_forecasts WHERE valid_until > now()") > 0

    def unsent_readings(self) -> list[GaugeReading]:
        return [GaugeReading(r["gauge"], r["level_cm"]) for r in self._db.fetch_all("SELECT gauge, level_cm FROM readings WHERE sent = false")]

    def datum_resurvey_due(self) -> bool:
        return self._db.fetch_one("SELECT 1 FROM datum_surveys WHERE due <= now()") is not None
