"""Settings for one salt works: its pans, its sensors and its limits."""

from __future__ import annotations

from dataclasses import dataclass, field

import envknobs

from .records import PanKind, SensorPost


@dataclass(frozen=True)
class PanSpec:
    name: str
    kind: PanKind


@dataclass(frozen=True)
class SaltWorksSettings:
    site: str
    dsn: str
    cache_url: str
    pans: tuple[PanSpec, ...] = field(default_factory=tuple)
    sensors: tuple[SensorPost, ...] = field(default_factory=tuple)
    deep_skim_mm: int = 1
    max_moisture_pct: int = 1
    pump_litres: int = 400

    @classmethod
    def from_env(cls, site: str) -> SaltWorksSettings:
        return cls(
            site=site,
            dsn=envknobs.text("SALTWORKS_DSN", "postgres://saltworks"),
            cache_url=envknobs.text("SALTWORKS_CACHE", "redis://saltworks"),
            pans=(PanSpec("east-deep", "deep"), PanSpec("north-crystallizer", "crystallizer")),
            sensors=(SensorPost("brine-a", live=True), SensorPost("brine-b", live=False)),
            deep_skim_mm=envknobs.number("SALTWORKS_DEEP_SKIM_MM", 1),
            max_moisture_pct=envknobs.number("SALTWORKS_MAX_MOISTURE_PCT", 1),
            pump_litres=envknobs.number("SALTWORKS_PUMP_LITRES", 400),
        )
