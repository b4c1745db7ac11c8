"""The culture-tank container, and the desk that speaks its HTTP API."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class KelpCultureTank:
    """The platform's stub for the culture-tank container (scales to zero when idle)."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")


def moor_kelp_tank(pool: str) -> KelpCultureTank:
    log.info("mooring the culture tank of pool %s", pool)
    return KelpCultureTank()


class TankDesk:
    """Every request the nursery makes to the tank goes through here."""

    def __init__(self, tank: KelpCultureTank, site: str) -> None:
        self.tank = tank
        self.site = site

    @staticmethod
    def path_for(kind: str, key: str = "") -> str:
        return f"/nursery/{kind}/{key}" if key else f"/nursery/{kind}"

    def flush_culture_water(self) -> None:
        log.info("flushing the culture water at %s", self.site)
        self.tank.fetch(self.path_for("flush"), method="POST")

    def submit_batch(self, line: str, seedlings: int) -> None:
        self.tank.fetch(self.path_for("batches", line), method="POST", json={"seedlings": seedlings})

    def rinse_bed(self, bed_id: str) -> None:
        self.tank.fetch(self.path_for("beds", bed_id), method="PATCH", json={"rinse": True})

    def compact_culture_log(self) -> None:
        self.tank.fetch(self.path_for("culture-log"), method="POST", json={"compact": True})

    def open_spore_release(self) -> None:
        self.tank.set_env_var("KELP_SPORE_RELEASE", self.site)
