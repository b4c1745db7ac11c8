"""Settings for one ropeway line."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


def _names(raw: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in raw.split(",") if part.strip())


@dataclass(frozen=True)
class RopewaySettings:
    line: str
    dsn: str
    cache_url: str
    sensor_bus_url: str
    stations: tuple[str, ...] = ("valley", "summit")
    cabin_ids: tuple[str, ...] = ("cabin-a", "cabin-b")
    sway_limit_deg: float = 4.0
    sensor_timeout_s: float = 2.0
    tension_timeout_s: float = 0.02
    target_tension_kn: float = 45.0

    @classmethod
    def from_env(cls, line: str) -> RopewaySettings:
        return cls(
            line=line,
            dsn=envknobs.text("ROPEWAY_DSN", f"postgres://ropeway/{line}"),
            cache_url=envknobs.text("ROPEWAY_CACHE", "redis://ropeway"),
            sensor_bus_url=envknobs.text("ROPEWAY_SENSOR_BUS", "can://ropeway-sensors"),
            stations=_names(envknobs.text("ROPEWAY_STATIONS", "valley,summit")),
            cabin_ids=_names(envknobs.text("ROPEWAY_CABINS", "cabin-a,cabin-b")),
            sway_limit_deg=float(envknobs.number("ROPEWAY_SWAY_LIMIT_DEG", 4)),
            sensor_timeout_s=envknobs.number("ROPEWAY_SENSOR_TIMEOUT_MS", 2000) / 1000,
            tension_timeout_s=envknobs.number("ROPEWAY_TENSION_TIMEOUT_MS", 20) / 1000,
            target_tension_kn=float(envknobs.number("ROPEWAY_TARGET_TENSION_KN", 45)),
        )
