"""Settings for the haulage depot."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class DepotSettings:
    canal: str
    dsn: str
    cache_url: str
    slow_round_seconds: float = 5.0

    @classmethod
    def from_env(cls, canal: str) -> DepotSettings:
        return cls(
            canal=canal,
            dsn=envknobs.text("HAULAGE_DSN", "postgres://haulage"),
            cache_url=envknobs.text("HAULAGE_CACHE", "redis://haulage"),
            slow_round_seconds=float(envknobs.number("HAULAGE_SLOW_ROUND_SECONDS", 5)),
        )
