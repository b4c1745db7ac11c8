"""The commission ledger (a database) and the realignment calendar (a cache)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

from .errors import OrreryNotMounted

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PlanetArm:
    name: str
    drift_arcsec: str


@dataclass(frozen=True)
class MountedOrrery:
    serial: str
    maker: str


class CommissionLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache) -> None:
        self.db = db
        self.cache = cache

    def orrery_has_open_commissions(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM commissions WHERE state = 'open'") > 0

    def open_commission_refs(self) -> list[str]:
        return [r["ref"] for r in self.db.fetch_all("SELECT ref FROM commissions WHERE state = 'open'")]

    def drifting_planet_arms(self, tolerance_arcsec: int) -> list[PlanetArm]:
        rows = self.db.fetch_all("SELECT name, drift_arcsec FROM planet_arms WHERE drift_arcsec > $1", tolerance_arcsec)
        return [PlanetArm(r["name"], r["drift_arcsec"]) for r in rows]

    def find_mounted_orrery(self, bench: str) -> MountedOrrery:
        row = self.db.fetch_one("SELECT serial, maker FROM mounts WHERE bench = $1", bench)
        if row is None:
            raise OrreryNotMounted(bench)
        return MountedOrrery(row["serial"], row["maker"])

    def equinox_realignment_due(self) -> bool:
        return self.cache.get("orrery:equinox-week") is not None
