"""The night shift's steps, in the order they run."""

from __future__ import annotations

from collections.abc import Callable

from .state import DepotState
from .steps import inspection, sanding, wheels, yard

DepotStep = Callable[[DepotState], DepotState]

NIGHT_SHIFT_STEPS: tuple[DepotStep, ...] = (
    sanding.queue_sanding,
    sanding.refill_sand_hoppers,
    inspection.inspect_pantographs,
    inspection.diagnose_traction,
    wheels.consult_lathe_calendar,
    wheels.reprofile_wheels,
    yard.set_floodlights,
    yard.file_shift_report,
)
