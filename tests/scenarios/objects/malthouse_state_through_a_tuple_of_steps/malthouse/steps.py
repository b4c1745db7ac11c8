import logging
from dataclasses import replace

from malthouse.box import couches_to_turn, kiln_inspection_due
from malthouse.state import FloorState

log = logging.getLogger(__name__)


def gather_couches(state: FloorState) -> FloorState:
    found = tuple(couches_to_turn())
    return replace(state, to_turn=state.to_turn + found)


def turn_couches(state: FloorState) -> FloorState:
    turned: list[str] = []
    left: list[str] = []
    for couch in state.to_turn:
        reply = state.box.fetch(f"/couches/{couch}/turn")
        (turned if reply.get("ok") else left).append(couch)
    return replace(state, to_turn=tuple(left), turned=state.turned + tuple(turned))


def plan_inspection(state: FloorState) -> FloorState:
    return replace(state, inspect=kiln_inspection_due())


def damp_floor(state: FloorState) -> FloorState:
    if state.germinating:
        state.box.fetch("/floor/damp")
        return replace(state, damped=True)
    return state


def report(state: FloorState) -> FloorState:
    state.box.fetch("/floor/lamp")  # expect: WC001
    if state.turned or state.inspect:
        state.box.fetch("/floor/report", turned=len(state.turned))  # expect: WC002
    return state


STEPS = (gather_couches, turn_couches, plan_inspection, damp_floor, report)
