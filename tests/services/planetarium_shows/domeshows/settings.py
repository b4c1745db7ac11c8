"""Settings for the dome scheduler."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class DomeSettings:
    theatre: str
    dsn: str
    cache_url: str
    projector_timeout_s: float = 4.0
    show_cue_timeout_s: float = 30.0

    @classmethod
    def from_env(cls, theatre: str) -> DomeSettings:
        return cls(
            theatre=theatre,
            dsn=envknobs.text("DOME_DSN", "postgres://planetarium"),
            cache_url=envknobs.text("DOME_CACHE", "redis://planetarium"),
            projector_timeout_s=float(envknobs.number("DOME_PROJECTOR_TIMEOUT", 4)),
            show_cue_timeout_s=float(envknobs.number("DOME_CUE_TIMEOUT", 30)),
        )
