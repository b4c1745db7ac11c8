"""Drying-house settings, read once at start-up."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class DryhouseSettings:
    shed: str
    dsn: str
    cache_url: str
    use_kiln: bool
    tare_path: str = "/scales/tare"

    @classmethod
    def from_env(cls, shed: str) -> DryhouseSettings:
        return cls(
            shed=shed,
            dsn=envknobs.text("DRYHOUSE_DSN", f"postgres://dryhouse/{shed}"),
            cache_url=envknobs.text("DRYHOUSE_CACHE", "redis://dryhouse"),
            use_kiln=envknobs.switch("DRYHOUSE_USE_KILN"),
            tare_path=envknobs.text("DRYHOUSE_TARE_PATH", "/scales/tare"),
        )
