"""The yard: floodlights, the shift report and the heartbeat."""

from __future__ import annotations

import logging

from ..state import DepotState

log = logging.getLogger(__name__)


def set_floodlights(state: DepotState) -> DepotState:
    if state.crew_on_duty:
        return state
    log.debug("empty yard at %s: floodlights to %s", state.rig.depot_code(), state.floodlight_level)
    state.rig.fetch("/yard/floodlights", method="PUT", json={"level": state.floodlight_level})
    return state


def file_shift_report(state: DepotState) -> DepotState:
    if state.sanded or state.inspected or state.reprofiled:
        state.rig.fetch("/reports/shift", method="POST", json={"sanded": list(state.sanded)})
    state.rig.fetch("/depot/heartbeat", method="PUT")
    return state
