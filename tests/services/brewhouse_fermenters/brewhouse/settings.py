from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class BrewSettings:
    vessel: str
    dsn: str
    cache_url: str
    dosing_line: str = "dose-a"

    @classmethod
    def for_vessel(cls, vessel: str) -> BrewSettings:
        return cls(
            vessel=vessel,
            dsn=envknobs.text("BREWHOUSE_DSN", "postgres://brewhouse"),
            cache_url=envknobs.text("BREWHOUSE_CACHE", "redis://brewhouse"),
            dosing_line=envknobs.text("BREWHOUSE_DOSING_LINE", "dose-a"),
        )
