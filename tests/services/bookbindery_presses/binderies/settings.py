"""Settings for the glue and press line."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class BinderySettings:
    line: str
    dsn: str
    cache_url: str
    house_stock: str = "kraft-120gsm"
    backlog_threshold: int = 3

    @classmethod
    def from_env(cls, line: str) -> BinderySettings:
        return cls(
            line=line,
            dsn=envknobs.text("BINDERY_DSN", "postgres://bindery"),
            cache_url=envknobs.text("BINDERY_CACHE", "redis://bindery"),
            house_stock=envknobs.text("BINDERY_HOUSE_STOCK", "kraft-120gsm"),
            backlog_threshold=envknobs.number("BINDERY_BACKLOG_THRESHOLD", 3),
        )
