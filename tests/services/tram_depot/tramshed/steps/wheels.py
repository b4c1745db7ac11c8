"""Wheel re-profiling on the underfloor lathe, on the nights the calendar names."""

from __future__ import annotations

import logging
from dataclasses import replace

from ..state import DepotState

log = logging.getLogger(__name__)


def consult_lathe_calendar(state: DepotState) -> DepotState:
    if state.roster.wheel_lathe_calendar_due():
        log.info("wheel lathe booked tonight at %s", state.depot)
        return replace(state, reprofile_due=True)
    return state


def reprofile_wheels(state: DepotState) -> DepotState:
    if not state.reprofile_due:
        return state
    state.rig.fetch("/lathe/reprofile", method="POST", json={"depot": state.depot})
    return replace(state, reprofiled=True)
