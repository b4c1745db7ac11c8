"""The station's settings: its tanks and pumps, read once at start-up."""

from __future__ import annotations

from dataclasses import dataclass, field

import envknobs


@dataclass(frozen=True)
class Tank:
    name: str
    gauges: tuple[str, ...] = ("surface",)


@dataclass(frozen=True)
class Pump:
    pump_id: str
    kind: str
    priority: int
    valve: str


def _default_tanks() -> tuple[Tank, ...]:
    return (Tank("roof-catchment"), Tank("underground", ("surface", "sump")))


def _default_pumps() -> tuple[Pump, ...]:
    return (
        Pump("well-1", "jet", 2, "v-well"),
        Pump("house-1", "booster", 1, "v-house"),
        Pump("sump-1", "submersible", 3, "v-sump"),
    )


@dataclass(frozen=True)
class CisternSettings:
    station: str
    dsn: str
    cache_url: str
    tanks: tuple[Tank, ...] = field(default_factory=_default_tanks)
    pumps: tuple[Pump, ...] = field(default_factory=_default_pumps)

    @classmethod
    def from_env(cls, station: str) -> CisternSettings:
        return cls(
            station=station,
            dsn=envknobs.text("CISTERN_DSN", "postgres://cisterns"),
            cache_url=envknobs.text("CISTERN_CACHE", "redis://cisterns"),
        )
