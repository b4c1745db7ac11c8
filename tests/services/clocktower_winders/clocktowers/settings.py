"""Settings for the winding service."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class WinderSettings:
    city: str
    dsn: str
    cache_url: str
    rig_region: str

    @classmethod
    def from_env(cls, city: str) -> WinderSettings:
        return cls(
            city=city,
            dsn=envknobs.text("WINDERS_DSN", "postgres://clocktowers"),
            cache_url=envknobs.text("WINDERS_CACHE", "redis://clocktowers"),
            rig_region=envknobs.text("WINDERS_RIG_REGION", "eu-central"),
        )
