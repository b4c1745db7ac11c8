"""The millwright's loop and the mill's start-up; the platform ticks it every five minutes."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .chores import run_first_chore
from .events import STILL, MillEvent
from .ledger import GristLedger
from .rig import MillstoneRig, commission_millstone_rig
from .settings import GristSettings
from .states import Becalmed, Bolting, Dressing, GristState, Grinding, Inspecting, Sacking

log = logging.getLogger(__name__)


class MillwrightLoop:
    def __init__(self, settings: GristSettings, ledger: GristLedger, rig: MillstoneRig) -> None:
        self.settings = settings
        self.ledger = ledger
        self.rig = rig
        self.state: GristState = Becalmed()
        self.transitions: list[tuple[str, str, str]] = []
        self.last_chore: str | None = None

    def tick(self) -> None:
        before = self.state
        acted = before.on_tick(self)
        event = self.sense()
        self.state = self.next_state(acted, event)
        if self.state.label != before.label:
            self.transitions.append((before.label, event.kind, self.state.label))
            self.report_transitions()
        if not self.ledger.record_state(self.state.label):
            log.warning("mill %s: state %s not recorded", self.settings.mill, self.state.label)

    def sense(self) -> MillEvent:
        if self.ledger.mill_has_grain_in_hopper():
            return MillEvent("hopper")
        orders = self.ledger.waiting_grist_orders()
        if orders:
            return MillEvent("order", orders[0].order_id, orders[0].grain)
        if self.ledger.weights_inspector_due():
            return MillEvent("inspector")
        if self.ledger.stones_need_dressing():
            return MillEvent("dull_stones")
        return STILL

    def next_state(self, state: GristState, event: MillEvent) -> GristState:
        match (state, event):
            case (Becalmed(), MillEvent(kind="order", order_id=order_id, grain=grain)) if order_id:
                return Grinding(order_id, grain)
            case (Becalmed(), MillEvent(kind="hopper")):
                return Bolting("hopper")
            case (Becalmed(), MillEvent(kind="inspector")):
                return Inspecting()
            case (Becalmed(), MillEvent(kind="dull_stones")):
                return Dressing()
            case (Sacking() | Dressing(), MillEvent(kind="still")):
                return Becalmed()
            case _:
                return state

    def run_chores(self) -> None:
        self.last_chore = run_first_chore(self)

    def report_transitions(self) -> None:
        recent = self.transitions[-3:]
        self.rig.fetch("/mill/transitions", method="POST", json=[list(t) for t in recent])


def open_gristmill(mill: str) -> MillwrightLoop:
    settings = GristSettings.from_env(mill)
    ledger = GristLedger(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), mill)
    rig = commission_millstone_rig(mill, settings.rig_image)
    log.info("gristmill %s running (%s)", mill, rig.rig_label())
    return MillwrightLoop(settings, ledger, rig)
