"""The depot's night shift: its tick runs the pipeline every ten minutes."""

from __future__ import annotations

import logging

import stowage

from .pipeline import NIGHT_SHIFT_STEPS
from .rig import summon_depot_rig
from .roster import ShiftRecord, TramRoster
from .settings import ROSTER_BACKENDS, DepotSettings
from .state import DepotState

log = logging.getLogger(__name__)


class DepotNightShift:
    def __init__(self, roster: TramRoster, settings: DepotSettings) -> None:
        self._roster = roster
        self._settings = settings
        self._rig = summon_depot_rig(settings.depot)
        self._backlog: tuple[str, ...] = ()

    def overnight_tick(self) -> None:
        state = DepotState(
            depot=self._settings.depot,
            roster=self._roster,
            rig=self._rig,
            crew_on_duty=self._roster.depot_crew_clocked_in(),
            floodlight_level=self._settings.floodlight_level,
            sanding_queue=self._backlog,
        )
        for step in NIGHT_SHIFT_STEPS:
            state = step(state)
        self._backlog = state.sanding_queue
        try:
            self._roster.record_shift(ShiftRecord(state.depot, len(state.sanded), state.inspected, state.reprofiled))
        except stowage.StowageError:
            log.warning("night shift at %s not recorded; the next tick records its own", state.depot)


def open_depot(depot: str) -> DepotNightShift:
    settings = DepotSettings.from_env(depot)
    roster = ROSTER_BACKENDS[settings.roster_backend](settings)
    log.info("night shift opening at %s with the %s roster", depot, settings.roster_backend)
    return DepotNightShift(roster, settings)
