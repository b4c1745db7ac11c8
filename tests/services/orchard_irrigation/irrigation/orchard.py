"""The orchard: settings, sensors and the valve box, shared by every step."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from .sensors import SensorNetwork
from .settings import OrchardSettings

log = logging.getLogger(__name__)


@dataclass
class Orchard:
    settings: OrchardSettings
    sensors: SensorNetwork
    box: Any


_orchard: Orchard | None = None


def init_orchard(orchard: Orchard) -> None:
    global _orchard
    _orchard = orchard


def current_orchard() -> Orchard:
    if _orchard is None:
        raise LookupError("init_orchard() has not run")
    return _orchard
