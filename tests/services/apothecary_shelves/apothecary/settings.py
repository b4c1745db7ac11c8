"""Settings for the stockroom."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class ApothecarySettings:
    branch: str
    dsn: str
    cache_url: str
    stillroom: str
    shift: str = "day"
    request_timeout: int = 20
    refill_window_days: int = 7
    still_temperature: int = 78

    @classmethod
    def from_env(cls, branch: str) -> ApothecarySettings:
        return cls(
            branch=branch,
            dsn=envknobs.text("APOTHECARY_DSN", "postgres://apothecary"),
            cache_url=envknobs.text("APOTHECARY_CACHE", "redis://apothecary"),
            stillroom=envknobs.text("APOTHECARY_STILLROOM", "stillroom-1"),
            shift=envknobs.text("APOTHECARY_SHIFT", "day"),
            request_timeout=envknobs.number("APOTHECARY_TIMEOUT", 20),
            refill_window_days=envknobs.number("APOTHECARY_REFILL_WINDOW", 7),
            still_temperature=envknobs.number("APOTHECARY_STILL_TEMP", 78),
        )
