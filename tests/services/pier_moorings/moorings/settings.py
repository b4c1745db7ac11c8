"""Settings for the mooring monitor."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class MarinaSettings:
    region: str
    dsn: str
    cache_url: str
    buoy_ids: tuple[str, ...]
    probe_timeout: float = 20.0
    lease_seconds: int = 120

    @classmethod
    def from_env(cls, region: str) -> MarinaSettings:
        buoys = envknobs.text("MARINA_BUOYS", "pier-a-07,pier-c-12")
        return cls(
            region=region,
            dsn=envknobs.text("MARINA_DSN", "postgres://moorings"),
            cache_url=envknobs.text("MARINA_CACHE", "redis://moorings"),
            buoy_ids=tuple(b.strip() for b in buoys.split(",") if b.strip()),
            probe_timeout=float(envknobs.number("MARINA_PROBE_TIMEOUT", 20)),
            lease_seconds=envknobs.number("MARINA_LEASE_SECONDS", 120),
        )
