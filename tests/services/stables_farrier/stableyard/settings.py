"""The yard's settings, read once at start-up."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class StableSettings:
    site: str
    dsn: str
    cache_url: str
    farrier: str = "j-hawkins"
    standard_workload: str = "light"

    @classmethod
    def from_env(cls, site: str) -> StableSettings:
        return cls(
            site=site,
            dsn=envknobs.text("STABLEYARD_DSN", "postgres://stableyard"),
            cache_url=envknobs.text("STABLEYARD_CACHE", "redis://stableyard"),
            farrier=envknobs.text("STABLEYARD_FARRIER", "j-hawkins"),
        )
