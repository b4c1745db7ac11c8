"""The plugin registry: night routines register themselves by name at import."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from .controller import DomeControlBox
from .ledger import ObservingLedger
from .settings import DomeSettings

log = logging.getLogger(__name__)


@dataclass
class NightContext:
    """What a routine gets in one cycle; finishers run after every routine has."""

    controller: DomeControlBox
    ledger: ObservingLedger
    settings: DomeSettings
    dispatched: set[str]
    finishers: list[Callable[[], None]] = field(default_factory=list)


NightRoutine = Callable[[NightContext], None]

ROUTINES: dict[str, NightRoutine] = {}


def register(name: str) -> Callable[[NightRoutine], NightRoutine]:
    def decorate(routine: NightRoutine) -> NightRoutine:
        if name in ROUTINES:
            raise ValueError(f"night routine {name!r} registered twice")
        ROUTINES[name] = routine
        return routine

    return decorate
