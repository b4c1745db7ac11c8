from __future__ import annotations

from dataclasses import dataclass

import envknobs

DEPOTS = ("north", "harbour", "airport")


@dataclass(frozen=True)
class BalancerSettings:
    region: str
    dsn: str
    cache_url: str
    max_stops: int = 60

    @classmethod
    def for_region(cls, region: str) -> BalancerSettings:
        return cls(
            region=region,
            dsn=envknobs.text("BALANCER_DSN", f"postgres://routes/{region}"),
            cache_url=envknobs.text("BALANCER_CACHE", "redis://routes"),
            max_stops=envknobs.number("BALANCER_MAX_STOPS", 60),
        )
