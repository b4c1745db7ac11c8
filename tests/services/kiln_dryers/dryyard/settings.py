"""Settings for the drying yard, read once at start-up."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

import envknobs


@dataclass(frozen=True)
class DryYardSettings:
    yard: str
    dsn: str
    cache_url: str
    charges_backend: str
    chambers: tuple[str, ...] = field(default_factory=tuple)
    beat_period: timedelta = timedelta(minutes=10)
    damper_open_pct: int = 35

    @classmethod
    def from_env(cls, yard: str) -> DryYardSettings:
        chambers = tuple(c.strip() for c in envknobs.text("DRY_KILN_CHAMBERS", "k1,k2").split(",") if c.strip())
        return cls(
            yard=yard,
            dsn=envknobs.text("DRY_KILN_DSN", "postgres://dryyard"),
            cache_url=envknobs.text("DRY_KILN_REDIS", "redis://dryyard"),
            charges_backend="redis" if envknobs.switch("DRY_KILN_CHARGES_IN_REDIS") else "postgres",
            chambers=chambers,
            beat_period=timedelta(minutes=envknobs.number("DRY_KILN_BEAT_MINUTES", 10)),
            damper_open_pct=envknobs.number("DRY_KILN_DAMPER_OPEN_PCT", 35),
        )
