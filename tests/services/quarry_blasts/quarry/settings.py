"""The quarry's settings, read once at start-up."""

from __future__ import annotations

from dataclasses import dataclass, field

import envknobs


@dataclass(frozen=True)
class QuarrySettings:
    site: str
    dsn: str
    cache_url: str
    benches: list[str] = field(default_factory=list)
    dust_monitor: bool = False

    @classmethod
    def from_env(cls, site: str) -> QuarrySettings:
        benches = [b.strip() for b in envknobs.text("QUARRY_BENCHES", "north,east").split(",") if b.strip()]
        return cls(
            site=site,
            dsn=envknobs.text("QUARRY_DSN", "postgres://quarry"),
            cache_url=envknobs.text("QUARRY_CACHE", "redis://quarry"),
            benches=benches,
            dust_monitor=envknobs.switch("QUARRY_DUST_MONITOR"),
        )
