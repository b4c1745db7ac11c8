"""Ropewalk settings, read once at start-up."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class RopewalkSettings:
    walk: str
    dsn: str
    cache_url: str
    kettle_timeout: float
    splice_batch: int

    @classmethod
    def from_env(cls, walk: str) -> RopewalkSettings:
        return cls(
            walk=walk,
            dsn=envknobs.text("ROPEWALK_DSN", f"postgres://ropewalk/{walk}"),
            cache_url=envknobs.text("ROPEWALK_CACHE", "redis://ropewalk"),
            kettle_timeout=float(envknobs.number("ROPEWALK_KETTLE_TIMEOUT", 30)),
            splice_batch=envknobs.number("ROPEWALK_SPLICE_BATCH", 4),
        )
