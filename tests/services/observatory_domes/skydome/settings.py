"""Settings for the dome scheduler."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class DomeSettings:
    site: str
    dsn: str
    cache_url: str
    masts: tuple[str, ...] = ("north", "south")
    max_exposures_per_cycle: int = 3

    @classmethod
    def from_env(cls, site: str) -> DomeSettings:
        return cls(
            site=site,
            dsn=envknobs.text("SKYDOME_DSN", "postgres://skydome"),
            cache_url=envknobs.text("SKYDOME_CACHE", "redis://skydome"),
            max_exposures_per_cycle=envknobs.number("SKYDOME_MAX_EXPOSURES", 3),
        )
