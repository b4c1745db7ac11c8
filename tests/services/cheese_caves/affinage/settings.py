"""The cave's settings, read from the environment once at start-up."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs

# Rinds are washed with brine every six hours; the round runs every twenty minutes.
WASH_EVERY_SECONDS = 6 * 60 * 60.0
HUMIDITY_READ_ATTEMPTS = 3
TURN_ATTEMPTS = 2
RETRY_PAUSE_SECONDS = 0.0


@dataclass(frozen=True)
class CaveSettings:
    cave: str
    dsn: str
    cache_url: str
    shelves: tuple[str, ...] = ("north", "middle", "south")
    target_humidity: float = 92.0
    wash_every: float = WASH_EVERY_SECONDS

    @classmethod
    def from_env(cls, cave: str) -> CaveSettings:
        return cls(
            cave=cave,
            dsn=envknobs.text("AFFINAGE_DSN", f"postgres://affinage/{cave}"),
            cache_url=envknobs.text("AFFINAGE_CACHE", "redis://affinage"),
            wash_every=float(envknobs.number("AFFINAGE_WASH_EVERY", int(WASH_EVERY_SECONDS))),
        )
