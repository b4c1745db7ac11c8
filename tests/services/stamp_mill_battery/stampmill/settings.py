"""The mill's settings, read once at start-up."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class MillSettings:
    mill_id: str
    battery_kind: str
    dsn: str
    cache_url: str
    stamps_per_battery: int = 5

    @classmethod
    def from_env(cls, mill_id: str) -> MillSettings:
        return cls(
            mill_id=mill_id,
            battery_kind=envknobs.text("STAMPMILL_BATTERY_KIND", "amalgam"),
            dsn=envknobs.text("STAMPMILL_DSN", "postgres://mill"),
            cache_url=envknobs.text("STAMPMILL_CACHE_URL", "redis://mill"),
            stamps_per_battery=envknobs.number("STAMPMILL_STAMPS", 5),
        )
