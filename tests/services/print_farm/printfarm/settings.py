from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class FarmSettings:
    bay: str
    dsn: str
    cache_url: str
    nozzle_temp_c: int = 210

    @classmethod
    def for_bay(cls, bay: str) -> FarmSettings:
        return cls(
            bay=bay,
            dsn=envknobs.text("FARM_DSN", f"postgres://farm/{bay}"),
            cache_url=envknobs.text("FARM_CACHE", "redis://farm"),
            nozzle_temp_c=envknobs.number("FARM_NOZZLE_TEMP_C", 210),
        )
