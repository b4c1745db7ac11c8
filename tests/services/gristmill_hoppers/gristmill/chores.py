"""Chores of a resting mill: (predicate, action) pairs, the first that holds runs."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .millwright import MillwrightLoop

log = logging.getLogger(__name__)

Predicate = Callable[["MillwrightLoop"], bool]
Action = Callable[["MillwrightLoop"], None]


def hopper_loaded(machine: MillwrightLoop) -> bool:
    return machine.ledger.mill_has_grain_in_hopper()


def gauge_hopper(machine: MillwrightLoop) -> None:
    machine.rig.fetch("/hopper/gauge", method="POST")


def inspector_coming(machine: MillwrightLoop) -> bool:
    return machine.ledger.weights_inspector_due()


def calibrate_scales(machine: MillwrightLoop) -> None:
    machine.rig.fetch("/scales/calibrate", method="POST", json={"mill": machine.settings.mill})


def sacks_to_tally(machine: MillwrightLoop) -> bool:
    return machine.ledger.flour_sacks_waiting() > 0


def post_sack_tally(machine: MillwrightLoop) -> None:
    machine.rig.fetch("/sacks/tally", method="POST")


def note_still_mill(machine: MillwrightLoop) -> None:
    log.debug("mill %s is still", machine.settings.mill)


MILL_CHORES: list[tuple[Predicate, Action]] = [
    (hopper_loaded, gauge_hopper),
    (inspector_coming, calibrate_scales),
    (sacks_to_tally, post_sack_tally),
    (lambda machine: True, note_still_mill),
]


def run_first_chore(machine: MillwrightLoop) -> str | None:
    for predicate, action in MILL_CHORES:
        if predicate(machine):
            action(machine)
            return action.__name__
    return None
