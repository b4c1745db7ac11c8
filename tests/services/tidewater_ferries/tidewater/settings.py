"""Settings for the ferry terminal, read once at start-up."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class TidewaterSettings:
    terminal: str
    dsn: str
    cache_url: str
    slipways: tuple[str, ...]
    beat_seconds: int = 300
    slipway_min_depth_dm: int = 1
    ramp_trim_depth_dm: int = 2

    @classmethod
    def from_env(cls, terminal: str) -> TidewaterSettings:
        slipways = tuple(s.strip() for s in envknobs.text("TIDEWATER_SLIPWAYS", "north,south").split(",") if s.strip())
        return cls(
            terminal=terminal,
            dsn=envknobs.text("TIDEWATER_DSN", "postgres://tidewater"),
            cache_url=envknobs.text("TIDEWATER_REDIS", "redis://tidewater"),
            slipways=slipways,
            beat_seconds=envknobs.number("TIDEWATER_BEAT_SECONDS", 300),
            slipway_min_depth_dm=envknobs.number("TIDEWATER_SLIPWAY_MIN_DM", 1),
            ramp_trim_depth_dm=envknobs.number("TIDEWATER_RAMP_TRIM_DM", 2),
        )
