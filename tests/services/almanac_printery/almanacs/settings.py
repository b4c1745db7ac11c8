"""Settings for one almanac's press room."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class PrinterySettings:
    title: str
    dsn: str
    cache_url: str
    press: str = "platen-2"
    edition: int = 1
    frost_table_sheets: int = 4
    stage_limit: int = 8

    @classmethod
    def from_env(cls, title: str) -> PrinterySettings:
        return cls(
            title=title,
            dsn=envknobs.text("ALMANAC_DSN", "postgres://printery"),
            cache_url=envknobs.text("ALMANAC_CACHE", "redis://printery"),
            press=envknobs.text("ALMANAC_PRESS", "platen-2"),
            edition=envknobs.number("ALMANAC_EDITION", 1),
            frost_table_sheets=envknobs.number("ALMANAC_FROST_SHEETS", 4),
            stage_limit=envknobs.number("ALMANAC_STAGE_LIMIT", 8),
        )
