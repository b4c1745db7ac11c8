"""Settings for the bell tower keeper."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class BelfrySettings:
    tower: str
    dsn: str
    cache_url: str
    silenced_note: str = ""
    shutter_watch: bool = False

    @classmethod
    def from_env(cls, tower: str) -> BelfrySettings:
        return cls(
            tower=tower,
            dsn=envknobs.text("BELFRY_DSN", "postgres://belfry"),
            cache_url=envknobs.text("BELFRY_CACHE", "redis://belfry"),
            silenced_note=envknobs.text("BELFRY_SILENCED_NOTE", "f#3"),
            shutter_watch=envknobs.switch("BELFRY_SHUTTER_WATCH"),
        )
