"""Lens room settings, read once at start-up."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class LensroomSettings:
    site: str
    dsn: str
    cache_url: str
    beacons: tuple[str, ...]
    max_temp_c: int = 60

    @classmethod
    def from_env(cls, site: str) -> LensroomSettings:
        return cls(
            site=site,
            dsn=envknobs.text("LENSROOM_DSN", f"postgres://lensroom/{site}"),
            cache_url=envknobs.text("LENSROOM_CACHE", "redis://lensroom"),
            beacons=tuple(envknobs.text("LENSROOM_BEACONS", "fog-horn,racon").split(",")),
            max_temp_c=envknobs.number("LENSROOM_MAX_TEMP", 60),
        )
