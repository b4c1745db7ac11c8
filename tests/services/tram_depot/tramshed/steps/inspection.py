"""Pantograph and traction checks."""

from __future__ import annotations

import logging
from dataclasses import replace

from ..state import DepotState

log = logging.getLogger(__name__)


def inspect_pantographs(state: DepotState) -> DepotState:
    if not state.crew_on_duty:
        log.debug("no crew clocked in; pantograph inspection waits")
        return state
    state.rig.fetch("/pantographs/inspect", method="POST")
    return replace(state, inspected=True)


def diagnose_traction(state: DepotState) -> DepotState:
    if state.roster.traction_faults_logged():
        state.rig.fetch("/traction/diagnose", method="POST")
    return state
