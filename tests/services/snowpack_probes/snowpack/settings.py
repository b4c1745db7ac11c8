"""Station settings."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class SnowpackSettings:
    station: str
    dsn: str
    cache_url: str
    bulletin_url: str
    sync_timeout: float = 30.0
    failure_reset_threshold: int = 2

    @classmethod
    def from_env(cls, station: str) -> SnowpackSettings:
        return cls(
            station=station,
            dsn=envknobs.text("SNOWPACK_DSN", f"postgres://snowpack/{station}"),
            cache_url=envknobs.text("SNOWPACK_CACHE", "redis://snowpack"),
            bulletin_url=envknobs.text("SNOWPACK_BULLETIN_URL", "https://bulletins.example"),
            sync_timeout=float(envknobs.number("SNOWPACK_SYNC_TIMEOUT", 30)),
            failure_reset_threshold=envknobs.number("SNOWPACK_RESET_AFTER", 2),
        )
