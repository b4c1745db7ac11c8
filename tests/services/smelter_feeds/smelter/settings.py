from __future__ import annotations

from dataclasses import dataclass, field

import envknobs


@dataclass(frozen=True)
class SmelterSettings:
    shard: str
    dsn: str
    cache_url: str
    lane_names: list[str] = field(default_factory=lambda: ["ore", "scrap"])
    spare_count: int = 1

    @classmethod
    def for_shard(cls, shard: str) -> SmelterSettings:
        return cls(
            shard=shard,
            dsn=envknobs.text("SMELTER_DSN", f"postgres://smelter/{shard}"),
            cache_url=envknobs.text("SMELTER_CACHE", "redis://smelter"),
            spare_count=envknobs.number("SMELTER_SPARES", 1),
        )
