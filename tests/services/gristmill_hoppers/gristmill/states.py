"""The mill's states: each acts on its tick and says which state comes next."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .millwright import MillwrightLoop

log = logging.getLogger(__name__)


class GristState:
    def on_tick(self, machine: MillwrightLoop) -> GristState:
        return self

    @property
    def label(self) -> str:
        return type(self).__name__.lower()


class Becalmed(GristState):
    def on_tick(self, machine: MillwrightLoop) -> GristState:
        machine.run_chores()
        return self


class Dressing(GristState):
    def on_tick(self, machine: MillwrightLoop) -> GristState:
        log.info("dressing the stones of %s", machine.settings.mill)
        machine.rig.fetch("/stones/dress", method="POST", json={"furrows": 8})
        return Becalmed()


class Inspecting(GristState):
    def on_tick(self, machine: MillwrightLoop) -> GristState:
        machine.rig.fetch("/scales/certify", method="POST")
        return Becalmed()


@dataclass
class Grinding(GristState):
    order_id: str
    grain: str

    def on_tick(self, machine: MillwrightLoop) -> GristState:
        machine.rig.fetch(f"/orders/{self.order_id}/grind", method="POST", json={"grain": self.grain})
        return Bolting(self.order_id)


@dataclass
class Bolting(GristState):
    order_id: str

    def on_tick(self, machine: MillwrightLoop) -> GristState:
        if not machine.ledger.mill_has_grain_in_hopper():
            return Sacking(self.order_id)
        machine.rig.fetch(f"/orders/{self.order_id}/bolt", method="POST")
        return self


@dataclass
class Sacking(GristState):
    order_id: str

    def on_tick(self, machine: MillwrightLoop) -> GristState:
        machine.rig.fetch(f"/orders/{self.order_id}/sack", method="POST", json={"kg": machine.settings.sack_kg})
        return Becalmed()
