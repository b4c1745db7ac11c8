from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class PlantSettings:
    site: str
    dsn: str
    cache_url: str
    pools: tuple[str, ...] = ("main", "teaching")
    target_ppm: float = 1.5

    @classmethod
    def for_site(cls, site: str) -> PlantSettings:
        return cls(
            site=site,
            dsn=envknobs.text("POOLCHEM_DSN", f"postgres://poolchem/{site}"),
            cache_url=envknobs.text("POOLCHEM_CACHE", "redis://poolchem"),
        )
