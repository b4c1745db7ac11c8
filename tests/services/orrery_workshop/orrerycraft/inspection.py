"""A meshing inspection of the gear trains: readings are noted, then sent on close."""

from __future__ import annotations

import logging
from typing import Any

from .ledger import PlanetArm

log = logging.getLogger(__name__)


class MeshingInspection:
    def __init__(self, box: Any, bench: str) -> None:
        self.box = box
        self.bench = bench
        self._readings: list[dict[str, str]] = []

    def note(self, arm: PlanetArm) -> None:
        log.debug("arm %s drifts %s arcsec", arm.name, arm.drift_arcsec)
        self._readings.append({"arm": arm.name, "drift": arm.drift_arcsec})

    def close(self) -> None:
        if self._readings:
            self.box.fetch("/inspection/readings", method="POST", json=self._readings)
        self.box.fetch("/inspection/seal", method="POST", json={"bench": self.bench})
        log.debug("inspection sealed on %s", self.box.bench_label())
