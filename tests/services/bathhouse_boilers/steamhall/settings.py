"""Settings for the bathhouse controller."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class BathhouseSettings:
    site: str
    dsn: str
    cache_url: str
    round_seconds: float = 120.0
    lease_seconds: int = 90
    target_steam_celsius: int = 48

    @classmethod
    def from_env(cls, site: str) -> BathhouseSettings:
        return cls(
            site=site,
            dsn=envknobs.text("BATHHOUSE_DSN", "postgres://bathhouse"),
            cache_url=envknobs.text("BATHHOUSE_CACHE", "redis://bathhouse"),
            round_seconds=float(envknobs.number("BATHHOUSE_ROUND_SECONDS", 120)),
            lease_seconds=envknobs.number("BATHHOUSE_LEASE_SECONDS", 90),
            target_steam_celsius=envknobs.number("BATHHOUSE_STEAM_CELSIUS", 48),
        )
