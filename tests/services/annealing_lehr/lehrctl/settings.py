"""Lehr settings, read from the environment once at start-up."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class LehrSettings:
    line: str
    dsn: str
    cache_url: str
    zones: tuple[str, ...] = ("entry", "soak", "exit")
    max_deferred: int = 8
    recalibration_attempts: int = 3

    @classmethod
    def from_env(cls, line: str) -> LehrSettings:
        return cls(
            line=line,
            dsn=envknobs.text("LEHR_DSN", f"postgres://lehr/{line}"),
            cache_url=envknobs.text("LEHR_CACHE", "redis://lehr"),
            max_deferred=envknobs.number("LEHR_MAX_DEFERRED", 8),
            recalibration_attempts=envknobs.number("LEHR_RECAL_ATTEMPTS", 3),
        )
