"""Yard settings, read once at start-up (the 2016 config module, never refactored)."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class DredgeSettings:
    yard: str
    dsn: str
    cache_url: str
    channels: tuple[str, ...] = ("fairway", "turning-basin")
    berths: tuple[str, ...] = ("b1", "b2")
    page_size: int = 50
    tow_interval: float = 300.0

    @classmethod
    def from_env(cls, yard: str) -> DredgeSettings:
        return cls(
            yard=yard,
            dsn=envknobs.text("DREDGE_DSN", f"postgres://dredge/{yard}"),
            cache_url=envknobs.text("DREDGE_CACHE", "redis://dredge"),
            page_size=envknobs.number("DREDGE_PAGE_SIZE", 50),
            tow_interval=float(envknobs.number("DREDGE_TOW_INTERVAL", 300)),
        )
