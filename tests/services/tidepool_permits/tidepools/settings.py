"""Settings for the permit back-end."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class TidepoolSettings:
    region: str
    dsn: str
    cache_url: str
    concurrency: int = 2

    @classmethod
    def from_env(cls, region: str) -> TidepoolSettings:
        return cls(
            region=region,
            dsn=envknobs.text("TIDEPOOL_DSN", "postgres://tidepools"),
            cache_url=envknobs.text("TIDEPOOL_CACHE", "redis://tidepools"),
            concurrency=envknobs.number("TIDEPOOL_CONCURRENCY", 2),
        )
