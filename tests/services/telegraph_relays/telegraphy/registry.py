"""The duty registry: relay duties register themselves by name at import."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from .keying import RelayLine
from .ledger import TelegraphLedger
from .settings import RelaySettings

log = logging.getLogger(__name__)


@dataclass
class DutyContext:
    """What a duty gets in one relay round."""

    line: RelayLine
    ledger: TelegraphLedger
    settings: RelaySettings


RelayDuty = Callable[[DutyContext], None]

RELAY_DUTIES: dict[str, RelayDuty] = {}


def register(name: str) -> Callable[[RelayDuty], RelayDuty]:
    def decorate(duty: RelayDuty) -> RelayDuty:
        if name in RELAY_DUTIES:
            raise ValueError(f"relay duty {name!r} registered twice")
        RELAY_DUTIES[name] = duty
        log.debug("relay duty %s registered", name)
        return duty

    return decorate
