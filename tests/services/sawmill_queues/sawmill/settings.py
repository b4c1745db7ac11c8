"""The mill's settings, read once at start-up."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class MillSettings:
    yard: str
    dsn: str
    cache_url: str
    saw_pool: str = "bandsaw-a"

    @classmethod
    def from_env(cls, yard: str) -> MillSettings:
        return cls(
            yard=yard,
            dsn=envknobs.text("SAWMILL_DSN", "postgres://sawmill"),
            cache_url=envknobs.text("SAWMILL_CACHE", "redis://sawmill"),
            saw_pool=envknobs.text("SAWMILL_SAW_POOL", "bandsaw-a"),
        )
