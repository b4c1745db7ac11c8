"""Settings for the filature overseer."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class FilatureSettings:
    mill: str
    dsn: str
    cache_url: str
    basin_count: int = 3
    reheat_celsius: int = 82

    @classmethod
    def from_env(cls, mill: str) -> FilatureSettings:
        return cls(
            mill=mill,
            dsn=envknobs.text("FILATURE_DSN", "postgres://filature"),
            cache_url=envknobs.text("FILATURE_CACHE", "redis://filature"),
            basin_count=envknobs.number("FILATURE_BASINS", 3),
            reheat_celsius=envknobs.number("FILATURE_REHEAT_CELSIUS", 82),
        )
