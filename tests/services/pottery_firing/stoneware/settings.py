"""Studio settings, read once at start-up."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs

from .records import KilnZone


@dataclass(slots=True, kw_only=True, frozen=True)
class StonewareSettings:
    site: str
    kiln: str
    dsn: str
    cache_url: str
    watched_zones: tuple[KilnZone, ...] = (KilnZone.FLUE,)
    target_cone: int = 6

    @classmethod
    def from_env(cls, site: str) -> StonewareSettings:
        return cls(
            site=site,
            kiln=envknobs.text("STONEWARE_KILN", "big-car-kiln"),
            dsn=envknobs.text("STONEWARE_DSN", f"postgres://stoneware/{site}"),
            cache_url=envknobs.text("STONEWARE_CACHE", "redis://stoneware"),
            target_cone=envknobs.number("STONEWARE_TARGET_CONE", 6),
        )
