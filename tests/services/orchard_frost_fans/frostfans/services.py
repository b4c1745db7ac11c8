"""What the watch asks of the fan-mast controller."""

from __future__ import annotations

import logging
from dataclasses import asdict
from typing import Any

from .zones import FanState, FanZone

log = logging.getLogger(__name__)


class FanMastDriver:
    def __init__(self, box: Any, spin_minutes: int) -> None:
        self.box = box
        self.spin_minutes = spin_minutes

    def spin_zone(self, zone: FanZone, reading_c: float) -> None:
        log.warning("%s at %.1f C (threshold %.1f): spinning %s", zone.name, reading_c, zone.threshold_c, zone.masts)
        self.box.fetch(f"/zones/{zone.name}/spin", method="POST", json={"masts": list(zone.masts), "minutes": self.spin_minutes})

    def poll_spin_up(self) -> None:
        self.box.fetch("/masts/spin-up", method="GET")

    def report_fan_states(self, states: list[FanState]) -> None:
        self.box.fetch("/fan-states", method="PUT", json=[asdict(s) for s in states])

    def mirror_to_cooperative(self, states: list[FanState]) -> None:
        self.box.fetch("/cooperative/fan-states", method="POST", json=[asdict(s) for s in states])

    def broadcast_frost_warning(self, text: str) -> None:
        log.warning("frost warning: %s", text)
        self.box.fetch("/frost-warning", method="POST", json={"text": text})

    def stage_zone(self, zone: FanZone) -> None:
        self.box.fetch(f"/zones/{zone.name}/stage", method="POST", json={"masts": list(zone.masts)})
