"""The hall's settings, read once at start-up."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class PressHallSettings:
    site: str
    dsn: str
    cache_url: str
    retries: int = 3
    compact_every: int = 2

    @classmethod
    def load(cls, site: str) -> PressHallSettings:
        return cls(
            site=site,
            dsn=envknobs.text("COINAGE_DSN", f"postgres://mint/{site}"),
            cache_url=envknobs.text("COINAGE_CACHE", "redis://mint"),
            retries=envknobs.number("COINAGE_RETRIES", 3),
        )
