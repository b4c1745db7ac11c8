from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class DomeSettings:
    site: str
    dsn: str
    cache_url: str
    beacon_path: str = "/beacon"

    @classmethod
    def from_env(cls, site: str) -> DomeSettings:
        return cls(
            site=site,
            dsn=envknobs.text("ASTRODOME_DSN", f"postgres://astrodome/{site}"),
            cache_url=envknobs.text("ASTRODOME_CACHE", "redis://astrodome"),
            beacon_path=envknobs.text("ASTRODOME_BEACON", "/beacon"),
        )
