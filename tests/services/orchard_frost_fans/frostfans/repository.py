"""Canopy thermometer readings and fan-mast status, from the database and the cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CanopyReading:
    block: str
    sensor: str
    temp_c: float


class CanopyRepository:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, alert_line_c: float) -> None:
        self.db = db
        self.cache = cache
        self.alert_line_c = alert_line_c

    def cold_canopy_readings(self) -> list[CanopyReading]:
        rows = self.db.fetch_all(
            "SELECT block, sensor, temp_c FROM canopy_readings WHERE temp_c < %s AND read_at > now() - interval '5 minutes'",
            self.alert_line_c,
        )
        return [CanopyReading(r["block"], r["sensor"], float(r["temp_c"])) for r in rows]

    def fan_masts_spinning_up(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM fan_masts WHERE state = 'spin-up'") > 0

    def orchard_frost_warning_posted(self) -> bool:
        return self.cache.get("frostfans:weather:frost-warning") is not None

    def frost_warning_text(self) -> str:
        return self.cache.get("frostfans:weather:frost-warning-text") or "frost warning in effect"

    def record_tick(self, spinning: int) -> None:
        try:
            self.db.execute("INSERT INTO frost_ticks (at, spinning) VALUES (now(), %s)", spinning)
        except stowage.StowageError:
            log.warning("frost tick not recorded")
