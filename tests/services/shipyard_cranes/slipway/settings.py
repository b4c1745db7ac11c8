"""Settings for one dock's crane yard."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class CraneYardSettings:
    dock: str
    dsn: str
    cache_url: str
    safe_working_load_tonnes: int = 1
    lashing_wind_knots: int = 45

    @classmethod
    def from_env(cls, dock: str) -> CraneYardSettings:
        return cls(
            dock=dock,
            dsn=envknobs.text("CRANE_YARD_DSN", "postgres://cranes"),
            cache_url=envknobs.text("CRANE_YARD_CACHE", "redis://cranes"),
            safe_working_load_tonnes=envknobs.number("CRANE_SWL_TONNES", 1),
            lashing_wind_knots=envknobs.number("CRANE_LASHING_WIND_KNOTS", 45),
        )
