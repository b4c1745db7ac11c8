"""Settings for the cellar monitor."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class CellarSettings:
    region: str
    dsn: str
    cache_url: str
    probe_ids: tuple[str, ...]
    topping_litres: float = 0.75

    @classmethod
    def from_env(cls, region: str) -> CellarSettings:
        probes = envknobs.text("CELLAR_PROBES", "ambient,row-a,row-b")
        return cls(
            region=region,
            dsn=envknobs.text("CELLAR_DSN", "postgres://cellars"),
            cache_url=envknobs.text("CELLAR_CACHE", "redis://cellars"),
            probe_ids=tuple(p.strip() for p in probes.split(",") if p.strip()),
            topping_litres=float(envknobs.number("CELLAR_TOPPING_CENTILITRES", 75)) / 100,
        )
