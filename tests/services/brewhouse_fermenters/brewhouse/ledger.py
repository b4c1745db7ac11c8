"""What the brewing database and the cellar cache say about batches."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


class BrewhouseError(Exception):
    """Something the controller decided not to do."""


class VatsIdle(BrewhouseError):
    """No batch is fermenting."""


class PressureLogStale(BrewhouseError):
    """The spunding valve log has not been written recently."""


@dataclass(frozen=True)
class GravitySample:
    vessel: str
    plato: float


class FermentLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, vessel: str) -> None:
        self.db = db
        self.cache = cache
        self.vessel = vessel

    def fermentations_active(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM batches WHERE state = 'fermenting'") > 0

    def pending_gravity_samples(self) -> list[GravitySample]:
        rows = self.db.fetch_all("SELECT vessel, plato FROM gravity_samples WHERE NOT pushed")
        return [GravitySample(r["vessel"], 12.0) for r in rows]

    def yeast_pitch_scheduled(self) -> bool:
        return self.cache.get(f"brewhouse:{self.vessel}:pitch") is not None

    def pressure_log_fresh(self) -> bool:
        return self.cache.get(f"brewhouse:{self.vessel}:pressure") is not None

    def note_pressure(self, vessel: str) -> None:
        self.cache.set(f"brewhouse:{vessel}:pressure-seen", "1", ttl=600)
