from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class FleetSettings:
    city: str
    dsn: str
    cache_url: str
    zones: tuple[str, ...] = ("centre", "harbour")
    grace_minutes: int = 10

    @classmethod
    def for_city(cls, city: str) -> FleetSettings:
        return cls(
            city=city,
            dsn=envknobs.text("METERS_DSN", f"postgres://meters/{city}"),
            cache_url=envknobs.text("METERS_CACHE", "redis://meters"),
            grace_minutes=envknobs.number("METERS_GRACE_MINUTES", 10),
        )
