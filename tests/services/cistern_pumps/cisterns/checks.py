"""Per-kind pump checks: a table of lambdas keyed by the pump's kind."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from .pumpbox import CisternPumpBox
from .settings import Pump

log = logging.getLogger(__name__)

PumpCheck = Callable[[Pump], Any]


def pump_checks(box: CisternPumpBox, running: bool) -> dict[str, PumpCheck]:
    return {
        "jet": lambda pump: box.fetch(f"/pumps/{pump.pump_id}/prime-check", method="POST"),
        "booster": lambda pump: box.fetch(f"/pumps/{pump.pump_id}/pressure") if running else None,
        "submersible": lambda pump: log.debug("%s reports through its float switch", pump.pump_id),
    }


def check_pumps(handlers: dict[str, PumpCheck], pumps: Iterable[Pump]) -> list[Any]:
    return [handlers[pump.kind](pump) for pump in sorted(pumps, key=lambda p: p.priority)]
