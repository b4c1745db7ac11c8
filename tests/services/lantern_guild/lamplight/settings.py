"""Settings for the lamplighters' guild hall."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(slots=True, frozen=True)
class GuildSettings:
    city: str
    harbour: str
    dsn: str
    cache_url: str
    closed_wards: frozenset[str] = frozenset()

    @classmethod
    def from_env(cls, city: str) -> GuildSettings:
        closed = envknobs.text("LANTERN_CLOSED_WARDS", "")
        return cls(
            city=city,
            harbour=envknobs.text("LANTERN_HARBOUR", f"{city}-harbour"),
            dsn=envknobs.text("LANTERN_DSN", "postgres://lantern-guild"),
            cache_url=envknobs.text("LANTERN_CACHE", "redis://lantern-guild"),
            closed_wards=frozenset(w for w in closed.split(",") if w),
        )
