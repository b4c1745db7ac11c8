"""Settings of the extraction house, read once at start-up."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class ExtractionSettings:
    shed: str
    frames_dsn: str
    cache_url: str
    page_size: int
    batch_limit: int
    max_load_g: int

    @classmethod
    def from_env(cls, shed: str) -> ExtractionSettings:
        return cls(
            shed=shed,
            frames_dsn=envknobs.text("HONEYHOUSE_FRAMES_DSN", "postgres://honeyhouse"),
            cache_url=envknobs.text("HONEYHOUSE_CACHE_URL", "redis://honeyhouse"),
            page_size=envknobs.number("HONEYHOUSE_PAGE_SIZE", 20),
            batch_limit=envknobs.number("HONEYHOUSE_BATCH_LIMIT", 12),
            max_load_g=envknobs.number("HONEYHOUSE_MAX_LOAD_G", 48_000),
        )
