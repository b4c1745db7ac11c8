"""The station's settings: its dock and its pumps, read once at start-up."""

from __future__ import annotations

from dataclasses import dataclass, field

import envknobs

FLOOD_PUMPS: frozenset[str] = frozenset({"main-port", "main-starboard"})
DRAINAGE_PUMPS: frozenset[str] = frozenset({"drain-head", "drain-stern"})
KNOWN_PUMPS: frozenset[str] = FLOOD_PUMPS | DRAINAGE_PUMPS


@dataclass(frozen=True)
class PumpSpec:
    name: str
    sump: str
    controller_id: str
    start_depth_cm: int


def _default_pumps() -> tuple[PumpSpec, ...]:
    return (
        PumpSpec("main-port", "main-sump", "ctl-11", 120),
        PumpSpec("main-starboard", "main-sump", "ctl-12", 140),
        PumpSpec("drain-head", "head-sump", "ctl-21", 35),
        PumpSpec("drain-stern", "stern-sump", "ctl-22", 35),
    )


@dataclass(frozen=True)
class DrydockSettings:
    dock: str
    dsn: str
    cache_url: str
    pumps: tuple[PumpSpec, ...] = field(default_factory=_default_pumps)

    @classmethod
    def from_env(cls, dock: str) -> DrydockSettings:
        return cls(
            dock=dock,
            dsn=envknobs.text("DRYDOCK_DSN", "postgres://drydock"),
            cache_url=envknobs.text("DRYDOCK_CACHE", "redis://drydock"),
        )
