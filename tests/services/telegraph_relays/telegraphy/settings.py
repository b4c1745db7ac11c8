"""The relay station's settings, read once at start-up."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs

# The duties every relay station performs each round, in order.
DEFAULT_DUTIES: tuple[str, ...] = ("battery", "repeater", "sounder")


@dataclass(frozen=True)
class RelaySettings:
    station: str
    dsn: str
    cache_url: str
    wire_pool: str = "key-a"
    duties: tuple[str, ...] = DEFAULT_DUTIES
    fallback_cable: str = "overland-b"
    repeater_count: int = 4
    interval_s: float = 120.0

    @classmethod
    def from_env(cls, station: str) -> RelaySettings:
        return cls(
            station=station,
            dsn=envknobs.text("TELEGRAPH_DSN", "postgres://telegraph"),
            cache_url=envknobs.text("TELEGRAPH_CACHE", "redis://telegraph"),
            wire_pool=envknobs.text("TELEGRAPH_WIRE_POOL", "key-a"),
            fallback_cable=envknobs.text("TELEGRAPH_FALLBACK_CABLE", "overland-b"),
            repeater_count=envknobs.number("TELEGRAPH_REPEATERS", 4),
            interval_s=envknobs.number("TELEGRAPH_INTERVAL_S", 120),
        )
