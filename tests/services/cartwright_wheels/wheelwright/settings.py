"""Shop settings, read from the environment once at start-up."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class WheelShopSettings:
    bay: str
    dsn: str
    cache_url: str
    report_every: int

    @classmethod
    def from_env(cls, bay: str) -> WheelShopSettings:
        return cls(
            bay=bay,
            dsn=envknobs.text("WHEELSHOP_DSN", "postgres://wheelshop"),
            cache_url=envknobs.text("WHEELSHOP_CACHE", "redis://wheelshop"),
            report_every=envknobs.number("WHEELSHOP_REPORT_EVERY", 2),
        )
