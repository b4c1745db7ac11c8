"""Marsh settings, read once at start-up."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class MarshWeirSettings:
    site: str
    dsn: str
    cache_url: str
    weirs: tuple[str, ...]
    retry_times: int = 2
    spill_level_cm: int = 140

    @classmethod
    def from_env(cls, site: str) -> MarshWeirSettings:
        return cls(
            site=site,
            dsn=envknobs.text("MARSHWEIR_DSN", f"postgres://marsh/{site}"),
            cache_url=envknobs.text("MARSHWEIR_CACHE", "redis://marsh"),
            weirs=tuple(envknobs.text("MARSHWEIR_WEIRS", "north,south").split(",")),
            spill_level_cm=envknobs.number("MARSHWEIR_SPILL_CM", 140),
        )
