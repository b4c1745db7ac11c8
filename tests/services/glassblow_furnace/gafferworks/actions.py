"""Callable objects the foreman builds at start-up and calls on every tick."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from .furnace import FurnaceLink
from .ledger import GlassLedger

log = logging.getLogger(__name__)


@dataclass
class AnnealPush:
    link: FurnaceLink
    pushes: int = 0

    def __call__(self) -> None:
        self.pushes += 1
        self.link.box.fetch("/lehr/push", method="POST", json={"n": self.pushes})


@dataclass
class PuntyCharger:
    link: FurnaceLink
    ledger: GlassLedger

    def __call__(self) -> None:
        for order in self.ledger.pending_punty_orders():
            self.link.box.fetch(f"/punty/{order.order_id}", method="POST", json={"piece": order.piece})


@dataclass
class CoolDownWatch:
    """Arms itself while a gather is on a pipe; once armed, asks for a cool-down."""

    link: FurnaceLink
    ledger: GlassLedger
    armed: bool = field(default=False)

    def __call__(self) -> None:
        if self.armed:
            self.link.box.fetch("/cooldown", method="POST")
            self.armed = False
        elif self.ledger.furnace_has_gathers:
            self.armed = True
