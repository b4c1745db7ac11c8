"""The flight's settings, read once at launch."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class FlightSettings:
    flight: str
    dsn: str
    cache_url: str
    locks: int = 16

    @classmethod
    def read(cls, flight: str) -> FlightSettings:
        return cls(
            flight=flight,
            dsn=envknobs.text("TOWPATH_DSN", f"postgres://canal/{flight}"),
            cache_url=envknobs.text("TOWPATH_CACHE", "redis://canal"),
            locks=envknobs.number("TOWPATH_LOCKS", 16),
        )
