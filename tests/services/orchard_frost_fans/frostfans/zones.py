"""Fan zones, built from the settings' ``[[fans.zones]]`` tables."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FanZone:
    name: str
    block: str
    threshold_c: float
    masts: tuple[str, ...] = field(default_factory=tuple)
    stage_on_warning: bool = False


@dataclass
class FanState:
    zone: str
    state: str
    reading_c: float | None = None


def build_fan_zones(cfg: dict[str, Any]) -> list[FanZone]:
    zones = [
        FanZone(
            name=entry["name"],
            block=entry["block"],
            threshold_c=float(entry["threshold_c"]),
            masts=tuple(entry.get("masts", ())),
            stage_on_warning=bool(entry.get("stage_on_warning", False)),
        )
        for entry in cfg["fans"]["zones"]
    ]
    log.info("fan zones: %s", ", ".join(z.name for z in zones))
    return zones
