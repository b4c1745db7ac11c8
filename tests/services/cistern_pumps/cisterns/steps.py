"""The station steps, folded over a frozen state with ``functools.reduce``."""

from __future__ import annotations

import dataclasses
import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from .pumpbox import CisternPumpBox
from .repo import CisternRepository
from .settings import Pump

log = logging.getLogger(__name__)


class ValveCommand(NamedTuple):
    valve: str
    position: str

    def send(self, box: CisternPumpBox) -> Any:
        return box.fetch(f"/valves/{self.valve}", method="PUT", json={"position": self.position})


@dataclass(frozen=True)
class ValvePlan:
    commands: tuple[ValveCommand, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class StationPlan:
    valves: ValvePlan = field(default_factory=ValvePlan)
    notes: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class StationContext:
    repo: CisternRepository
    box: CisternPumpBox
    pumps: tuple[Pump, ...]


@dataclass(frozen=True)
class StationState:
    ctx: StationContext
    running: bool = False
    flushed: bool = False
    plan: StationPlan = field(default_factory=StationPlan)


Step = Callable[[StationState], StationState]


def read_running(state: StationState) -> StationState:
    return dataclasses.replace(state, running=state.ctx.repo.cistern_pumps_running())


def plan_valves(state: StationState) -> StationState:
    if not state.running:
        return state
    for pump in sorted(state.ctx.pumps, key=lambda p: p.priority):
        valves = dataclasses.replace(state.plan.valves, commands=(*state.plan.valves.commands, ValveCommand(pump.valve, "open")))
        state = dataclasses.replace(state, plan=dataclasses.replace(state.plan, valves=valves, notes=(*state.plan.notes, pump.pump_id)))
    return state


def apply_valves(state: StationState) -> StationState:
    for command in state.plan.valves.commands:
        command.send(state.ctx.box)
    return state


def flush_sediment(state: StationState) -> StationState:
    if not state.ctx.repo.sediment_flush_due():
        return state
    state.ctx.box.fetch("/sediment/flush", method="POST")
    state.ctx.repo.note_flushed()
    return dataclasses.replace(state, flushed=True)


STATION_STEPS: tuple[Step, ...] = (read_running, plan_valves, apply_valves, flush_sediment)


def run_steps(ctx: StationContext, steps: tuple[Step, ...] = STATION_STEPS) -> StationState:
    return functools.reduce(lambda state, step: step(state), steps, StationState(ctx))
