from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class ReservoirSettings:
    site: str
    dsn: str
    cache_url: str
    page_size: int = 20
    smoothing_window: int = 4
    min_gap_seconds: float = 120.0

    @classmethod
    def for_site(cls, site: str) -> ReservoirSettings:
        return cls(
            site=site,
            dsn=envknobs.text("RESERVOIR_DSN", f"postgres://reservoir/{site}"),
            cache_url=envknobs.text("RESERVOIR_CACHE", "redis://reservoir"),
            page_size=envknobs.number("RESERVOIR_PAGE_SIZE", 20),
            smoothing_window=envknobs.number("RESERVOIR_WINDOW", 4),
            min_gap_seconds=float(envknobs.number("RESERVOIR_MIN_GAP", 120)),
        )
