"""Settings for the silo monitor."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class SiloSettings:
    site: str
    dsn: str
    cache_url: str
    hot_celsius: float = 30.0

    @classmethod
    def from_env(cls, site: str) -> SiloSettings:
        return cls(
            site=site,
            dsn=envknobs.text("SILO_DSN", "postgres://silos"),
            cache_url=envknobs.text("SILO_CACHE", "redis://silos"),
            hot_celsius=float(envknobs.number("SILO_HOT_CELSIUS", 30)),
        )
